"""Write the target system into the drawing, so that the next tool knows where it is.

- every version from R2000: an XRECORD `CANEVAS_CRS` in the root dictionary (code, name, EPSG or
  WKT, datum shift) — any DXF reader can list it;
- R2010 and later also: a GEODATA object (projected grid, 1 drawing unit = 1 m, design point =
  reference point = 0, 0, grid north up) holding a coordinate-system definition in Autodesk's XML
  dictionary form, with the EPSG alias for CC48 and Lambert-93;
- R12 (no objects section): XDATA of application `CANEVAS` on layer 0.
"""

from .. import systems

APPID = "CANEVAS"
XRECORD_NAME = "CANEVAS_CRS"

_LCC = {
    "CC48": dict(lat_0=48.0, lat_1=47.25, lat_2=48.75, lon_0=3.0, x_0=1700000.0, y_0=7200000.0),
    "L93": dict(lat_0=46.5, lat_1=49.0, lat_2=44.0, lon_0=3.0, x_0=700000.0, y_0=6600000.0),
    "REN09": dict(lat_0=48.1, lat_1=48.0, lat_2=48.2, lon_0=systems.REN09_LON_0, x_0=340000.0, y_0=60000.0),
}


def definition(code, datum_shift):
    """(name, definition): EPSG code for the RGF93 systems, the portable WKT for REN09."""
    system = systems.SYSTEMS[code]
    if code == "REN09":
        return systems.REN09_NAMES[datum_shift], systems.ren09_wkt(datum_shift)
    return system.name, "EPSG:{}".format(system.epsg)


def write_crs_note(doc, code, datum_shift):
    """Record system `code` in `doc`; returns how ("GEODATA+XRECORD", "XRECORD" or "XDATA")."""
    name, text = definition(code, datum_shift)
    if doc.dxfversion <= "AC1009":
        _xdata_r12(doc, code, name)
        return "XDATA"
    _xrecord(doc, code, name, text, datum_shift)
    if doc.dxfversion >= "AC1024":
        _geodata(doc, code, name)
        return "GEODATA+XRECORD"
    return "XRECORD"


def _xdata_r12(doc, code, name):
    if APPID not in doc.appids:
        doc.appids.new(APPID)
    doc.layers.get("0").set_xdata(APPID, [(1000, "CRS"), (1000, code), (1000, name[:250])])


def _xrecord(doc, code, name, text, datum_shift):
    root = doc.rootdict
    if XRECORD_NAME in root:
        root.remove(XRECORD_NAME)
    record = root.add_xrecord(XRECORD_NAME)
    tags = [(1, code), (1, name)] + [(3, text[i:i + 250]) for i in range(0, len(text), 250)]
    record.reset(tags + [(70, int(datum_shift) if code == "REN09" else 0)])


def _geodata(doc, code, name):
    msp = doc.modelspace()
    geodata = msp.get_geodata() or msp.new_geodata()
    geodata.setup_local_grid(design_point=(0, 0, 0), reference_point=(0, 0, 0), north_direction=(0, 1),
                             crs=crs_xml(code, name))
    geodata.dxf.coordinate_type = geodata.PROJECTED_GRID


def crs_xml(code, name):
    """Coordinate system in the XML dictionary form AutoCAD's GEODATA holds (MapGuide schema)."""
    p = _LCC[code]
    ren09 = code == "REN09"
    datum, ellipsoid = ("NTF-REN09", "CLARKE-IGN") if ren09 else ("RGF93", "GRS1980")
    a, b = (6378249.2, 6356515.0) if ren09 else (6378137.0, 6356752.314140356)
    alias = "" if ren09 else (
        '<Alias id="{}" type="CoordinateSystem"><ObjectId>{}</ObjectId><Namespace>EPSG Code</Namespace></Alias>'
    ).format(systems.SYSTEMS[code].epsg, code)
    values = [("Latitude of false origin", p["lat_0"]), ("Longitude of false origin", p["lon_0"]),
              ("Latitude of 1st standard parallel", p["lat_1"]),
              ("Latitude of 2nd standard parallel", p["lat_2"])]
    params = "".join(
        '<ParameterValue><OperationParameterId>{}</OperationParameterId><Value uom="degree">{!r}</Value>'
        '</ParameterValue>'.format(k, v) for k, v in values)
    params += "".join(
        '<ParameterValue><OperationParameterId>{}</OperationParameterId><Value uom="Meter">{!r}</Value>'
        '</ParameterValue>'.format(k, v) for k, v in (("Easting at false origin", p["x_0"]),
                                                    ("Northing at false origin", p["y_0"])))
    return (
        '<?xml version="1.0" encoding="UTF-16" standalone="no" ?>'
        '<Dictionary version="1.0" xmlns="http://www.osgeo.org/mapguide/coordinatesystem">'
        '<ProjectedCoordinateSystem id="{code}"><Name>{name}</Name><DatumId>{datum}</DatumId>'
        '<Axis uom="Meter"><CoordinateSystemAxis><AxisOrder>1</AxisOrder><AxisName>Easting</AxisName>'
        '<AxisAbbreviation>E</AxisAbbreviation><AxisDirection>East</AxisDirection></CoordinateSystemAxis>'
        '<CoordinateSystemAxis><AxisOrder>2</AxisOrder><AxisName>Northing</AxisName>'
        '<AxisAbbreviation>N</AxisAbbreviation><AxisDirection>North</AxisDirection></CoordinateSystemAxis></Axis>'
        '<Conversion><Projection><OperationMethodId>Lambert Conic Conformal (2SP)</OperationMethodId>{params}'
        '</Projection></Conversion></ProjectedCoordinateSystem>{alias}'
        '<GeodeticDatum id="{datum}"><Name>{datum}</Name><PrimeMeridianId>Greenwich</PrimeMeridianId>'
        '<EllipsoidId>{ellipsoid}</EllipsoidId></GeodeticDatum>'
        '<Ellipsoid id="{ellipsoid}"><Name>{ellipsoid}</Name><SemiMajorAxis uom="meter">{a!r}</SemiMajorAxis>'
        '<SecondDefiningParameter><SemiMinorAxis uom="meter">{b!r}</SemiMinorAxis></SecondDefiningParameter>'
        '</Ellipsoid></Dictionary>'
    ).format(code=code, name=_escape(name), datum=datum, params=params, alias=alias, ellipsoid=ellipsoid, a=a, b=b)


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
