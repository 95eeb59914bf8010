"""Randomized exams: a question bank, per-student variants from an HMAC of the instructor's secret,
papers, and answer sheets graded with tolerance."""
