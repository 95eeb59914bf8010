"""Where results are kept: every graded submission in SQLite, one transaction per submission."""
