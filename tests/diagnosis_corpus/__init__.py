"""A corpus of student-style wrong implementations, to measure how well the feedback says what is wrong."""
