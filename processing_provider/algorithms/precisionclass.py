"""canevas:precisionclass — precision class of delivered points against control measurements (arrêté 16/09/2003)."""

from qgis.core import QgsProcessingParameterEnum

from ._precision import DIMENSION_LABELS, HEIGHT, PLAN, PLAN_AND_HEIGHT, TEST_TITLES, THREE_D, PrecisionClassBase, Test


class PrecisionClass(PrecisionClassBase):
    NAME = "precisionclass"
    DISPLAY_NAME = "Precision class of points (arrêté of 16 September 2003)"

    def initAlgorithm(self, config=None):
        self.add_points("SUPPLIED", self.tr("Supplied points"),
                        self.tr("The points delivered (canevas stations, survey details...), as point geometries. "
                                "They are brought to the CRS of the control layer when theirs differs."),
                        self.tr("Field identifying the supplied points; they are paired with the control points "
                                "having the same id."),
                        self.tr("Numeric field with the heights of the supplied points (m); leave empty to take the "
                                "Z of the geometry. Only used by the height, plan and height, and 3D tests."))
        self.add_points("CONTROL", self.tr("Control points"),
                        self.tr("The control measurements (e.g. the field control sample), more precise than the "
                                "class tested. Their CRS is the reference of the comparison; it must be projected."),
                        self.tr("Field identifying the control points, matched with the id of the supplied points."),
                        self.tr("Numeric field with the heights of the control points (m); leave empty to take the "
                                "Z of the geometry. Only used by the height, plan and height, and 3D tests."))
        self.add(QgsProcessingParameterEnum("DIMENSION", self.tr("Coordinates tested"),
                                            [self.tr(d) for d in DIMENSION_LABELS], defaultValue=PLAN),
                 self.tr("Plan: n = 2, k = 2.42. Height: n = 1, k = 3.23. Plan and height: two separate tests "
                         "(each with its class), when they do not follow the same statistical model. 3D: n = 3, "
                         "k = 2.11, when X, Y and Z have the same precision."))
        self.add_mode()
        self.add_class("CLASS_CM", self.tr("Class tested (cm; 0 = find the best class)"),
                       self.tr("Precision class to check, in centimetres (e.g. 2 for « classe 2 cm »); for the "
                               "plan and height test, the plan class. 0 = find the best class the points reach."))
        self.add_class("CLASS_HEIGHT_CM", self.tr("Height class tested (cm; 0 = find the best class)"),
                       self.tr("Only for « plan and height »: the class of the height test, in centimetres. "
                               "0 = find the best height class."))
        self.add_safety_and_template()
        self.add_outputs(("", "_HEIGHT"))

    def z_field(self, parameters, context, key):
        return self.parameterAsString(parameters, "{}_Z_FIELD".format(key), context) or ""

    def tests(self, parameters, context):
        dimension = self.parameterAsEnum(parameters, "DIMENSION", context)
        class_cm = self.parameterAsDouble(parameters, "CLASS_CM", context) or None
        height_cm = self.parameterAsDouble(parameters, "CLASS_HEIGHT_CM", context) or None
        n = {PLAN: 2, HEIGHT: 1, PLAN_AND_HEIGHT: 2, THREE_D: 3}[dimension]
        tests = [Test("", n, self.tr(TEST_TITLES[n]), class_cm)]
        if dimension == PLAN_AND_HEIGHT:
            tests.append(Test("_HEIGHT", 1, self.tr(TEST_TITLES[1]), height_cm))
        return tests

    def prepare(self, parameters, context, feedback):
        dimension = self.parameterAsEnum(parameters, "DIMENSION", context)
        return [(self.tr("Coordinates tested"), self.tr(DIMENSION_LABELS[dimension]))], []
