"""Feedback reports from the gradebook: per-student HTML and Markdown, a class summary for TAs."""
