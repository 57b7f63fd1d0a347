"""Shared base of every Canevas algorithm: translation, instance creation, icon, help, errors."""

import functools
import math
import traceback
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProperty,
)
from qgis.PyQt.QtGui import QIcon

from ..core.messages import N_, NUMBER_STYLE, CanevasError, lformat
from ..toolbelt.i18n import locale_code, number_style, tr
from ..toolbelt.qt_compat import set_advanced
from .help import help_markdown, markdown_to_html, markdown_to_text
from .outputs import check_outputs, new_outputs, remove_new_outputs

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICON = ICONS / "canevas.svg"


#: Digits shown for a decimal number parameter when its algorithm does not say (millimetres for metres).
DEFAULT_DECIMALS = 3

#: The message of a cancelled run, unless the algorithm says more (e.g. that nothing was written).
CANCELLED = N_("Cancelled.")


class Cancelled(Exception):
    """The user pressed Cancel: raised by CanevasAlgorithm.stop_if_cancelled, reported once by the base."""

    def __init__(self, template=CANCELLED):
        super().__init__(template)
        self.template = template


def _run_policy(process):
    """The one error and cancel policy of every algorithm, around its processAlgorithm.

    A core CanevasError becomes a QgsProcessingException with its translated message, a cancel
    (Cancelled) one with the cancel message: algorithms neither catch them nor return part of a result.
    On failure the local variables kept by the traceback (layers, providers...) are dropped: a failed
    run's traceback would otherwise keep its layers alive until Python exits, after QGIS, and
    destroying an OGR layer then crashes the interpreter.
    """
    @functools.wraps(process)
    def wrapper(self, parameters, context, feedback):
        fresh = []
        style = NUMBER_STYLE.set(number_style())  # messages and reports in the user's locale, for this run
        try:
            check_outputs(self, parameters, context)
            fresh = new_outputs(self, parameters, context)
            CanevasAlgorithm.stop_if_cancelled(feedback)
            return process(self, parameters, context, feedback)
        except CanevasError as error:
            traceback.clear_frames(error.__traceback__)
            message = error.text(tr)
        except Cancelled as cancel:
            traceback.clear_frames(cancel.__traceback__)
            message = tr(cancel.template)
        except Exception as error:
            traceback.clear_frames(error.__traceback__)
            remove_new_outputs(fresh)
            raise
        finally:
            NUMBER_STYLE.reset(style)
        remove_new_outputs(fresh)
        raise QgsProcessingException(message)
    return wrapper


class Steps:
    """The run's feedback split into `count` equal steps, like QgsProcessingMultiStepFeedback.

    Written in Python so that the progress reaches a feedback's Python setProgress (QGIS' C++ class
    calls the C++ one); everything else (pushInfo, isCanceled...) is the run's feedback.
    """

    def __init__(self, feedback, count):
        self._feedback, self._count, self._step = feedback, count, 0

    def setCurrentStep(self, step):  # QgsProcessingMultiStepFeedback's name
        self._step = step
        self._feedback.setProgress(100.0 * step / self._count)

    def setProgress(self, progress):  # QgsFeedback's name
        self._feedback.setProgress((self._step + min(max(progress, 0.0), 100.0) / 100.0) * 100.0 / self._count)

    def __getattr__(self, name):
        return getattr(self._feedback, name)


class CanevasAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP_ID, GROUP and implement initAlgorithm/processAlgorithm.

    Parameters are added with add(param, help) so that every parameter carries its help text,
    which also ends up in the help panel.
    """

    NAME = ""
    DISPLAY_NAME = ""
    #: Outputs whose replacement rules the algorithm applies itself (outputs.check_outputs skips them).
    OUTPUTS_CHECKED_BY_ALGORITHM = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _run_policy(cls.__dict__["processAlgorithm"])
    GROUP_ID = "coordinates"
    GROUP = "Coordinates"
    ICON_FILE = "canevas.svg"

    # --- QgsProcessingAlgorithm API -------------------------------------------------
    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        return QIcon(str(ICONS / self.ICON_FILE))

    def shortHelpString(self):
        """The dialog's help panel: the rich help. qgis_process prints it as text and lists the parameters
        itself (with their help), so there it gets the plain text alone."""
        if QgsApplication.platform() == "qgis_process":
            return markdown_to_text(help_markdown(self.NAME, locale_code()))
        return self.helpString()

    def helpString(self):
        text = markdown_to_html(help_markdown(self.NAME, locale_code()))
        rows = "".join("<li><b>{}</b> — {}</li>".format(p.description(), p.help())
                       for p in self.parameterDefinitions())
        return "{}<h3>{}</h3><ul>{}</ul>".format(text, self.tr("Parameters"), rows)

    def helpUrl(self):
        return ""

    def checkParameterValues(self, parameters, context):
        """A number outside its range, NaN or infinite is named with its range before the run (QGIS' own check
        says only « Incorrect parameter value for X », and lets NaN through)."""
        for definition in self.parameterDefinitions():
            problem = _number_problem(definition, parameters.get(definition.name()))
            if problem:
                return False, problem
        return super().checkParameterValues(parameters, context)

    # --- helpers -------------------------------------------------------------------
    def add(self, param, help_text, decimals=None, advanced=False):
        """Add a parameter (or an output destination) with its help.

        `decimals`: digits the dialog shows for a decimal number (QGIS shows 6 otherwise: 1000.000000); 3
        (millimetres for metres) unless told. `advanced`: shown in the dialog's « Advanced parameters ».
        """
        param.setHelp(help_text)
        if isinstance(param, QgsProcessingParameterNumber) and \
                param.dataType() == QgsProcessingParameterNumber.Type.Double:
            metadata = param.metadata()
            wrapper = dict(metadata.get("widget_wrapper") or {})
            if decimals is not None or "decimals" not in wrapper:
                wrapper["decimals"] = DEFAULT_DECIMALS if decimals is None else decimals
            metadata["widget_wrapper"] = wrapper
            param.setMetadata(metadata)
        if advanced:
            set_advanced(param)
        self.addParameter(param)
        return param

    def expression(self, parameters, name, context):
        """The text of the expression parameter `name`, '' when none; raises when it does not parse.

        Every algorithm reads its expression parameters here: QGIS' parameterAsExpression returns ''
        for an expression that does not parse, and a filter ignored that way silently selects everything.
        """
        text = self.parameterAsExpression(parameters, name, context)
        if not text:
            raw = parameters.get(name)
            if isinstance(raw, QgsProperty):
                raw = raw.valueAsString(context.expressionContext(), "")
                raw = raw[0] if isinstance(raw, tuple) else raw
            text = "" if raw is None or str(raw) == "NULL" else str(raw)
        if not text.strip():
            return ""
        parsed = QgsExpression(text)
        if parsed.hasParserError():
            definition = self.parameterDefinition(name)
            self.fail("The expression « {expression} » of « {parameter} » is not valid ({error}): correct it; "
                      "nothing was done.", expression=text,
                      parameter=definition.description() if definition is not None else name,
                      error=parsed.parserErrorString())
        return text

    def fail(self, template, **params):
        """Raise a QgsProcessingException with a translated message."""
        raise QgsProcessingException(self.tr(template).format(**params))

    @staticmethod
    def stop_if_cancelled(feedback, template=CANCELLED):
        """The one cancel rule: stop the run at once (the base reports it); nothing half-done is returned."""
        if feedback is not None and feedback.isCanceled():
            raise Cancelled(template)

    @staticmethod
    def steps(feedback, count):
        """Multi-step feedback: `.setCurrentStep(i)` then `.setProgress(0…100)` within step i; no hand-set totals."""
        return Steps(feedback, count)

    def check_numbers(self, source, what=None, crs=None):
        """Stop when the coordinates of a layer do not look like the CRS it declares (DOMAIN.md §2 ranges).

        The one number-range check of every algorithm that reads coordinates. `source` is a feature
        source or vector layer (its first vertices are sampled); `crs` overrides its declared CRS.
        Layers in a CRS Canevas does not know, or whose numbers look like no known system, pass.
        """
        from ..toolbelt import crs as crs_tools
        if source is None:
            return
        declared = crs_tools.declared_crs(
            crs if crs is not None else (source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()))
        expected = crs_tools.system_of(declared)
        if expected is None:
            return
        xs, ys = sample_xy(source)
        self.check_xy(xs, ys, expected, what or "« {} »".format(
            source.sourceName() if hasattr(source, "sourceName") else source.name()), crs_tools.crs_label(declared))

    def check_xy(self, xs, ys, expected, what, declared_label=None, converts_only=False):
        """Stop when the numbers look like another known system than `expected` (a code of core.systems).

        `converts_only`: for the conversions, whose input must be `expected` whatever its declaration.
        """
        from ..core import systems
        others = systems.other_systems(expected, xs, ys)
        if not others:
            return
        params = dict(what=what, found=" or ".join(systems.SYSTEMS[c].name for c in others),
                      expected=systems.SYSTEMS[expected].name)
        if converts_only:
            self.fail("The coordinates of {what} look like {found}, not {expected}: this algorithm converts "
                      "{expected} only. Choose the tool for the system the layer really is in (QGIS' « Reproject "
                      "layer », or the other Canevas conversion).", **params)
        self.fail("The coordinates of {what} look like {found}, not {expected} as declared{declared}: the CRS "
                  "is wrong. Assign the right CRS to the layer (Layer properties › Source), or convert it with "
                  "the Canevas conversion of the system the numbers really are in, then run again.",
                  declared=" ({})".format(declared_label) if declared_label else "", **params)


def _number_problem(definition, value):
    """The message for a number parameter's value outside its range, or ""."""
    if not isinstance(definition, QgsProcessingParameterNumber) or value is None or value == "" or \
            isinstance(value, QgsProperty):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""  # not a number at all: QGIS' own check says so
    low, high = definition.minimum(), definition.maximum()
    if math.isfinite(number) and low <= number <= high:
        return ""
    name = tr(definition.description())
    if not math.isfinite(number):
        return lformat(tr(N_("« {name} » must be a finite number; {value} given.")), name=name, value=value)
    if low > -1e300 and high < 1e300:
        return lformat(tr(N_("« {name} » must be from {low:g} to {high:g}; {value} given.")), name=name, low=low,
                       high=high, value=value)
    if low > -1e300:
        return lformat(tr(N_("« {name} » must be at least {low:g}; {value} given.")), name=name, low=low,
                       value=value)
    return lformat(tr(N_("« {name} » must be at most {high:g}; {value} given.")), name=name, high=high, value=value)


#: How many geometries are sampled to recognise the system the coordinates are in.
SAMPLE_SIZE = 2000


def sample_xy(source, limit=SAMPLE_SIZE, empty_ids=None):
    """First vertex of up to `limit` geometries (enough to recognise a coordinate system).

    `empty_ids`, a list, receives the ids of the features without geometry met on the way.
    """
    xs, ys = [], []
    for feature in source.getFeatures():
        geom = feature.geometry()
        if geom.isNull() or geom.isEmpty():
            if empty_ids is not None:
                empty_ids.append(feature.id())
            continue
        vertex = next(iter(geom.vertices()))
        xs.append(vertex.x())
        ys.append(vertex.y())
        if len(xs) >= limit:
            break
    return xs, ys
