// Placeholder so the library has a source before the first widget lands; remove once browse.cmake lists files.
