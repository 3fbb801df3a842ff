"""`bla-assistant exercise ...`: offline training exercises and their scoring."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("exercise", help="training exercises: list, start, score")
    sub = parser.add_subparsers(dest="exercise_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list the exercise packs")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--lang", default="en")
    listing.set_defaults(func=cmd_list)

    start = sub.add_parser("start", help="copy an exercise's draft and a blank results file")
    start.add_argument("exercise_id", metavar="ID")
    start.add_argument("--lang", default="en")
    start.add_argument("--dir", type=Path, default=Path("."), help="where to put the files")
    start.add_argument("--group", default="Group 1", help="group name for the results file")
    start.set_defaults(func=cmd_start)

    score = sub.add_parser("score", help="score a group's results file against the key")
    score.add_argument("results", type=Path, nargs="+", metavar="RESULTS")
    score.add_argument("--key", metavar="ID", help="exercise id (default: named in the file)")
    score.add_argument("--json", action="store_true")
    score.add_argument("--lang", default="en")
    score.set_defaults(func=cmd_score)

    debrief = sub.add_parser("debrief", help="facilitator summary .docx across groups")
    debrief.add_argument("exercise_id", metavar="ID")
    debrief.add_argument("results", type=Path, nargs="+", metavar="RESULTS")
    debrief.add_argument("-o", "--output", type=Path, required=True)
    debrief.add_argument("--lang", default="en")
    debrief.set_defaults(func=cmd_debrief)


def _exercises():
    from bla_assistant.core.training.exercise_file import load_exercises

    exercises, problems = load_exercises()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return {e.id: e for e in exercises}


def cmd_list(args: argparse.Namespace) -> int:
    from bla_assistant.core.library.model import pick

    exercises = _exercises()
    rows = [
        {"id": e.id, "title": pick(e.title, args.lang), "languages": list(e.languages),
         "findings_in_key": len(e.key), "minutes": e.time_box_minutes,
         "type": e.agreement_type}
        for e in exercises.values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['id']:<40} {','.join(row['languages']):<6} {row['findings_in_key']:>3} "
              f"findings  {row['minutes']:>3} min  {row['title']}")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    import shutil

    from bla_assistant.core.library.model import pick
    from bla_assistant.core.training.exercise_docx import write_draft_docx
    from bla_assistant.core.training.results_file import Results, write_results

    exercise = _exercises().get(args.exercise_id)
    if exercise is None:
        print(f"no exercise '{args.exercise_id}'; see 'bla-assistant exercise list'",
              file=sys.stderr)
        return 2
    if args.lang not in exercise.languages:
        print(f"exercise '{exercise.id}' exists in {', '.join(exercise.languages)}, "
              f"not '{args.lang}'", file=sys.stderr)
        return 2
    args.dir.mkdir(parents=True, exist_ok=True)
    draft = args.dir / f"{exercise.id}.{args.lang}.docx"
    shipped = exercise.draft_file(args.lang)
    if shipped:
        shutil.copyfile(shipped, draft)
    else:
        write_draft_docx(exercise, args.lang, draft)
    results = args.dir / f"{exercise.id}.results.yaml"
    if not results.exists():
        write_results(Results(exercise=exercise.id, group=args.group, language=args.lang),
                      results)
    print(pick(exercise.title, args.lang))
    print(f"\n{pick(exercise.scenario.corridor, args.lang)} ({exercise.scenario.sector})")
    for party, interests in exercise.scenario.interests.items():
        print(f"  {party}: {pick(interests, args.lang)}")
    print(f"\n{pick(exercise.tasks, args.lang)}")
    print(f"\nTime: {exercise.time_box_minutes} minutes")
    print(f"Draft: {draft}\nWrite your findings in: {results}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from bla_assistant.core.training.results_file import ResultsFileError, read_results
    from bla_assistant.core.training.scoring import score_results

    exercises = _exercises()
    reports, status = [], 0
    for path in args.results:
        try:
            results = read_results(path)
        except ResultsFileError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        exercise_id = args.key or results.exercise
        exercise = exercises.get(exercise_id)
        if exercise is None:
            print(f"{path}: no exercise '{exercise_id}'; give --key ID", file=sys.stderr)
            status = 1
            continue
        report = score_results(exercise, results).as_dict(args.lang)
        report["file"] = str(path)
        reports.append(report)
    if args.json:
        print(json.dumps(reports[0] if len(args.results) == 1 and reports else reports,
                         ensure_ascii=False, indent=2))
        return status
    for report in reports:
        print(f"{report['group']} — {report['exercise']}: score {report['score']:.0%} "
              f"(precision {report['precision']:.0%}, recall {report['recall']:.0%})")
        for item in report["feedback"]:
            mark = {"found": "✓", "wrong_article": "~", "missed": "✗"}[item["status"]]
            where = f"art. {item['article']}" if item["article"] else "anywhere"
            print(f"  {mark} {item['element']} ({where}): {item['why']}")
            if item["status"] != "found":
                print(f"      fix: {item['model_fix']}  [{item['reference']}]")
        for extra in report["not_in_key"]:
            print(f"  ? {extra['element']} ({extra['article'] or '-'}): not in the key")
    return status


def cmd_debrief(args: argparse.Namespace) -> int:
    from bla_assistant.core.training.exercise_docx import write_debrief_docx
    from bla_assistant.core.training.results_file import ResultsFileError, read_results
    from bla_assistant.core.training.scoring import score_results

    exercise = _exercises().get(args.exercise_id)
    if exercise is None:
        print(f"no exercise '{args.exercise_id}'", file=sys.stderr)
        return 2
    scores = []
    for path in args.results:
        try:
            scores.append(score_results(exercise, read_results(path)))
        except ResultsFileError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
    write_debrief_docx(exercise, scores, args.lang, args.output)
    print(f"wrote {args.output} ({len(scores)} group(s))")
    return 0
