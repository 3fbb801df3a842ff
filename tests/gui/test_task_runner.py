"""The worker helper: results, progress, errors through one path, and Cancel."""

from __future__ import annotations

import threading

from bla_assistant.gui.workers.task_runner import TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: list = []
    main = threading.get_ident()

    def work(progress, should_cancel, n):
        for i in range(n):
            progress(i / n, f"step {i}")
        return n * 2

    done: list = []
    runner.run("double", work, n=5, on_done=lambda r: done.append((r, threading.get_ident())),
               on_progress=lambda f, m: seen.append(m))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [(10, main)]
    assert seen[:2] == ["step 0", "step 1"]
    assert not runner.active


def test_errors_go_to_the_single_error_signal(qtbot):
    runner = TaskRunner()

    def broken(progress, should_cancel):
        raise ValueError("draft.docx: not a Word file")

    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.run("import", broken, on_done=lambda r: None)
    assert blocker.args[:2] == ["import", "draft.docx: not a Word file"]
    assert "ValueError" in blocker.args[2]


def test_cancel_stops_a_long_task_even_when_the_core_raises_its_own_error(qtbot):
    runner = TaskRunner()
    started = threading.Event()

    class CheckCancelled(Exception):
        pass

    def long_check(progress, should_cancel):
        started.set()
        while True:
            if should_cancel():
                raise CheckCancelled()
            threading.Event().wait(0.005)

    cancelled: list = []
    errors: list = []
    runner.error.connect(lambda *a: errors.append(a))
    runner.run("check", long_check, on_done=lambda r: None,
               on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    runner.cancel_all()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert errors == [] and not runner.active


def test_a_task_can_run_in_a_child_process_and_be_cancelled(qtbot, library):

    import bla_assistant.core.gapcheck.draft_check  # noqa: F401
    from bla_assistant.core.project.commands import add_clause_article
    from bla_assistant.core.project.model import Project
    from bla_assistant.core.project.project_data import project_to_data
    from bla_assistant.gui.views.gap_panel import check_project_task
    from bla_assistant.gui.workers.child_task import in_child

    project = Project(agreement_type="BLA")
    add_clause_article(project, "bla.fair_recruitment_no_fees", library=library)
    kwargs = {"data": project_to_data(project), "library": library, "lang": "en"}
    report = in_child(check_project_task)(progress=lambda *a: None,
                                          should_cancel=lambda: False, **kwargs)
    here = check_project_task(progress=lambda *a: None, should_cancel=lambda: False, **kwargs)
    assert [(i.element_id, i.status) for i in report.items] == [
        (i.element_id, i.status) for i in here.items]
    # Cancel kills the child at once.
    assert in_child(check_project_task)(progress=lambda *a: None,
                                        should_cancel=lambda: True, **kwargs) is None
