from ._reproject import ReprojectAlgorithm


class Cc48ToRen09(ReprojectAlgorithm):
    NAME = "cc48toren09"
    DISPLAY_NAME = "CC48 → REN09 (layer)"
    SOURCE = "CC48"
    TARGET = "REN09"
