from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bla_assistant.core.compare.tokens import detokenize, tokenize
from bla_assistant.core.compare.word_diff import diff_text


def changes(ops):
    return [(o.op, o.old, o.new) for o in ops if o.op != "equal"]


def test_numbers_dates_and_amounts_are_single_tokens():
    tokens = tokenize("for 36 months from 1 January 2024, up to USD 1,500.00 or XOF 1 500 000 "
                      "(12.5 %) until 2025-12-31; le 1er janvier 2024")
    texts = [t.text for t in tokens]
    for whole in ("36", "1 January 2024", "USD 1,500.00", "XOF 1 500 000", "12.5 %",
                  "2025-12-31", "1er janvier 2024"):
        assert whole in texts


def test_changed_number_is_one_change():
    ops = diff_text("The posting shall not exceed 36 months.",
                    "The posting shall not exceed 24 months.")
    assert changes(ops) == [("replace", "36", "24")]


def test_changed_amount_and_date_stay_whole():
    ops = diff_text("a fee of USD 1,500 due on 1 January 2024",
                    "a fee of USD 2,000 due on 1 March 2025")
    assert changes(ops) == [("replace", "USD 1,500", "USD 2,000"),
                            ("replace", "1 January 2024", "1 March 2025")]


def test_rewritten_sentence_is_replaced_whole_not_confetti():
    old = ("The Parties agree. This coverage may be extended for more than 60 months with the "
           "consent of the competent authorities.")
    new = ("The Parties agree. Nothing in this Agreement shall prevent the institutions from "
           "sharing data by electronic means.")
    ops = changes(diff_text(old, new))
    assert len(ops) == 1
    assert ops[0][0] == "replace"
    assert ops[0][1].startswith("This coverage") and ops[0][2].startswith("Nothing in")


def test_stranded_common_word_is_folded_into_the_change():
    ops = changes(diff_text("paid by the employer in cash", "borne by the State in kind"))
    # "by the" between two changes would be confetti: it is either kept once or folded in.
    assert len(ops) <= 2


def test_whitespace_change_is_kept_exactly_and_alone():
    old, new = "shall  apply to\tall", "shall apply to all"
    ops = diff_text(old, new)
    assert "".join(o.old for o in ops) == old and "".join(o.new for o in ops) == new
    assert all(o.is_whitespace_only for o in ops if o.op != "equal")


def test_punctuation_change_does_not_swallow_words():
    ops = changes(diff_text("the employer, the worker", "the employer; the worker"))
    assert ops == [("replace", ",", ";")]


_text = st.lists(st.sampled_from(list("ab 12.,;\n\t") + ["the ", "36 ", "USD 5 ", "1 May 2024"]),
                 max_size=30).map("".join)


@given(_text)
def test_tokenize_round_trips(text):
    assert detokenize(tokenize(text)) == text


@settings(max_examples=150, deadline=None)
@given(_text, _text)
def test_diff_rebuilds_both_texts_exactly(old, new):
    ops = diff_text(old, new)
    assert "".join(o.old for o in ops) == old
    assert "".join(o.new for o in ops) == new


def test_rewritten_tail_of_a_sentence_keeps_the_shared_start_plain():
    start = ("This Agreement shall apply to any person who is or who has been subject to the "
             "legislation of Canada or India, and to ")
    old = start + ("persons who derive rights from such a person within the meaning of the "
                   "applicable legislation of either Contracting State.")
    new = start + "their dependants and survivors."
    ops = diff_text(old, new)
    assert changes(ops) == [("replace", old[len(start):-1], "their dependants and survivors")]
    assert ops[0].op == "equal" and ops[0].old == start
