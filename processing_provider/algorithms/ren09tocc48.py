from ._reproject import ReprojectAlgorithm


class Ren09ToCc48(ReprojectAlgorithm):
    NAME = "ren09tocc48"
    DISPLAY_NAME = "REN09 → CC48 (layer)"
    SOURCE = "REN09"
    TARGET = "CC48"
