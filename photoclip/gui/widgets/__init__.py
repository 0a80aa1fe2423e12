"""The main window's parts: photo grid, search bar, folder side bar, indexing status, welcome page."""
