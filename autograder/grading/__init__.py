"""One submission graded: the assignment's pytest graders run here, in the trusted process, and
call the student's functions in the sandboxed child; each test becomes a TestResult."""
