"""From the instructor's source to what students get: stubs, public tests with recorded answers,
notebooks made with nbgrader's own preprocessors."""
