"""Gap check: which checklist elements a draft or a project provides, with evidence."""
