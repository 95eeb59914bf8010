"""Ground-truth implementations, float64 NumPy. Each is verified against torch in tests/."""
