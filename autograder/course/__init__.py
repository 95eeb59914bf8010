"""What an instructor declares for a course: assignments (assignment.toml), deadlines, the class
roster, catalogues of typical mistakes, and which cells of a notebook make a module."""
