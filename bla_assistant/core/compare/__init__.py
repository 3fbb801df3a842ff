"""Compare two drafts: what changed from draft A to draft B, article by article.

Entry points: `compare_files.compare_files` / `write_outputs` (files in, redline/HTML/JSON out,
with progress and cancel callables), or `engine.compare_documents(old, new)` on DraftDocuments.

- `alignment`: pairs articles by content and heading (renumbering, moves, splits, merges);
- `paragraph_diff`, `word_diff`, `tokens`: paragraph pairing, then a readable word diff;
- `summary`: one line per change, in English or French;
- `redline_model`, `redline_docx`: the Word redline with native tracked changes and moves;
- `revisions`: accepted / original views and revision counts of any redline;
- `html_view`, `changes_json`, `checklist_delta`: the other outputs.
"""
