"""A class graded at once: submissions planned, graded in parallel (a local pool or Dask), recorded
in the gradebook, then the class's exports and similarity written."""
