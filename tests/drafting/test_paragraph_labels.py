"""Paragraph labels follow the template's list: "1.", then "(a)" points restarting per paragraph."""

from bla_assistant.core.drafting.render import paragraph_labels, split_paragraphs


def test_points_restart_after_each_numbered_paragraph():
    paragraphs = split_paragraphs(
        "The employer shall:\n\n- pay wages;\n- grant leave.\n\nThe agency shall:\n\n- refund fees."
    )
    labels = paragraph_labels(paragraphs)
    assert [p.level for p in paragraphs] == [1, 2, 2, 1, 2]
    assert labels == ["1.", "(a)", "(b)", "2.", "(a)"]


def test_a_single_paragraph_article_has_no_number():
    paragraphs = split_paragraphs("This Agreement enters into force on signature.")
    assert [p.level for p in paragraphs] == [0]
    assert paragraph_labels(paragraphs) == [""]
