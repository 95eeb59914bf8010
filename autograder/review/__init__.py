"""`autograder review`: the teaching staff's web app over a course's output folder (gradebook, results,
reports): the class sorted and filtered, a student's diagnostics and code, adjustments, comments,
manual rubric items and regrading one student. Local by default, behind a random token (security.py)."""
