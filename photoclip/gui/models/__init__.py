"""Qt item models over the query thread's answers: the photo grid and the folder list."""
