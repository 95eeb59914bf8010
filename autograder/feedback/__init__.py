"""What students, TAs and instructors read: console feedback, HTML/Markdown reports, exports of the
gradebook (CSV, LMS, Gradescope, nbgrader) and code similarity for TAs."""
