"""Real agreements must not drown in false alarms (figures: benchmarks/clarity_noise.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmarks.clarity_noise import corpus_files, load
from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.clarity.rules import load_rules

# Findings per 1,000 words. The shared corpus is 12 real SSAs, in English and French; a
# well-drafted treaty should get a handful of remarks, not one per paragraph.
MAX_PER_AGREEMENT = 6.0
MAX_PER_RULE = 1.0
MAX_OVERALL = 1.5


@pytest.mark.parametrize("agreement_type", [None, "BLA"])
def test_real_agreements_stay_quiet(shared_dir: Path, library, agreement_type) -> None:
    files = corpus_files()
    assert len(files) >= 20, "shared corpus incomplete"
    rules = load_rules()
    words = 0
    per_rule: Counter = Counter()
    for path, lang in files:
        document = load(path, lang)
        findings = check_clarity(document, rules=rules, library=library,
                                 agreement_type=agreement_type)
        rate = 1000 * len(findings) / document.word_count
        # Under the BLA stress run the BLA-only rules meet treaty text they are not about.
        limit = MAX_PER_AGREEMENT * (1.5 if agreement_type else 1)
        assert rate <= limit, (path.name, lang, rate, Counter(f.rule_id for f in findings))
        words += document.word_count
        per_rule.update(f.rule_id for f in findings)
    assert 1000 * sum(per_rule.values()) / words <= MAX_OVERALL
    noisy = {r: round(1000 * n / words, 2) for r, n in per_rule.items()
             if 1000 * n / words > MAX_PER_RULE}
    assert noisy == {}
