"""SYNTHETIC DXF corpus for the DXF tests and bench: every entity type the transformation knows, around Rennes.

Coordinates are REN09 near the town hall (X ≈ 47 300, Y ≈ 68 766). Built with ezdxf so that the
same corpus exists in R12 (its subset of entity types), R2000, R2010 and R2018.
"""

import math

import ezdxf

X0, Y0 = 47300.0, 68766.0
VERSIONS = ("R12", "R2000", "R2010", "R2018")


def _blocks(doc):
    inner = doc.blocks.new("REPERE")
    inner.add_circle((0, 0), 0.25)
    inner.add_line((-0.5, 0), (0.5, 0))
    outer = doc.blocks.new("BORNE")
    outer.add_lwpolyline([(-1, -1), (1, -1), (1, 1), (-1, 1)], close=True) if doc.dxfversion > "AC1009" else \
        outer.add_polyline2d([(-1, -1), (1, -1), (1, 1), (-1, 1)], close=True)
    outer.add_blockref("REPERE", (0.5, 0.5), dxfattribs={"rotation": 30})  # nested block
    outer.add_attdef("MATRICULE", (1.2, 0), dxfattribs={"height": 0.3})
    outer.add_attdef("Z", (1.2, -0.5), dxfattribs={"height": 0.3})


def build(version, path=None, x0=X0, y0=Y0):
    """A drawing with every supported entity type; saved to `path` when given."""
    doc = ezdxf.new(version, setup=True)
    msp = doc.modelspace()
    modern = version != "R12"
    _blocks(doc)
    x, y = x0, y0
    msp.add_line((x, y, 35.2), (x + 40, y + 25, 36.1))
    msp.add_line((x - 300, y - 200), (x + 300, y + 150))  # long: its straightness is checked
    msp.add_point((x + 1, y + 2, 35.0))
    msp.add_circle((x + 10, y + 10), 3.5)
    msp.add_arc((x + 20, y + 10), 6.0, 15, 200)
    msp.add_arc((x + 25, y - 10), 4.0, 10, 80, dxfattribs={"extrusion": (0, 0, -1)})  # mirrored OCS
    msp.add_polyline2d([(x, y - 5), (x + 10, y - 5), (x + 12, y - 9)], dxfattribs={"elevation": (0, 0, 34.0)})
    msp.add_polyline3d([(x, y - 15, 34), (x + 8, y - 15, 35), (x + 9, y - 20, 36)])
    msp.add_text("R00001", dxfattribs={"insert": (x + 2, y + 3), "height": 0.5, "rotation": 12})
    aligned = msp.add_text("Rue", dxfattribs={"height": 0.8})
    aligned.dxf.halign, aligned.dxf.insert, aligned.dxf.align_point = 3, (x, y + 30), (x + 15, y + 32)
    msp.add_solid([(x + 50, y), (x + 52, y), (x + 50, y + 2), (x + 52, y + 2)])
    msp.add_3dface([(x + 60, y, 30), (x + 62, y, 31), (x + 62, y + 2, 32), (x + 60, y + 2, 33)])
    for n in range(3):
        ref = msp.add_blockref("BORNE", (x + 5 * n, y + 50), dxfattribs={"rotation": 20 * n, "xscale": 1.5,
                                                                           "yscale": 1.5})
        ref.add_auto_attribs({"MATRICULE": "R0000{}".format(n), "Z": "35.{}".format(n)})
    dim = msp.add_linear_dim(base=(x, y + 70), p1=(x, y + 65), p2=(x + 12.34, y + 65), dimstyle="EZDXF")
    dim.render()
    dim = msp.add_aligned_dim(p1=(x + 20, y + 65), p2=(x + 27, y + 71), distance=2, dimstyle="EZDXF")
    dim.render()
    if modern:
        _modern(doc, msp, x, y)
    _paper_space(doc, x, y)
    if path is not None:
        doc.saveas(str(path))
    return doc


def _modern(doc, msp, x, y):
    msp.add_lwpolyline([(x + 30, y, 0, 0, 0.4), (x + 40, y, 0, 0, -1.0), (x + 40, y + 10, 0, 0, 0),
                        (x + 30, y + 12, 0, 0, 0)], format="xyseb", close=True)
    msp.add_ellipse((x + 70, y + 10), major_axis=(5, 2, 0), ratio=0.4, start_param=0.3, end_param=5.0)
    msp.add_spline([(x + 80, y), (x + 83, y + 4), (x + 87, y + 1), (x + 90, y + 6)])
    msp.add_mtext("Canevas\\PREN09", dxfattribs={"insert": (x + 5, y + 40), "char_height": 0.6, "width": 8,
                                                 "rotation": 5})
    hatch = msp.add_hatch(color=3)
    hatch.set_pattern_fill("ANSI31", scale=0.5, angle=15)
    hatch.paths.add_polyline_path([(x + 100, y), (x + 110, y, 0.3), (x + 110, y + 8), (x + 100, y + 8)],
                                  is_closed=True)
    edges = hatch.paths.add_edge_path()
    edges.add_line((x + 120, y), (x + 130, y))
    edges.add_arc((x + 130, y + 4), 4, -90, 90)
    edges.add_line((x + 130, y + 8), (x + 120, y + 8))
    edges.add_ellipse((x + 120, y + 4), major_axis=(0, 4), ratio=0.5, start_angle=90, end_angle=270)
    solid = msp.add_hatch(color=1)
    solid.paths.add_polyline_path([(x + 140, y), (x + 145, y), (x + 145, y + 5)], is_closed=True)
    msp.add_leader([(x + 150, y), (x + 155, y + 5), (x + 160, y + 5)], dimstyle="EZDXF")
    image_def = doc.add_image_def(filename="orthophoto.jpg", size_in_pixel=(640, 480))
    msp.add_image(image_def, insert=(x + 170, y), size_in_units=(6.4, 4.8), rotation=10)


def _paper_space(doc, x, y):
    layout = doc.layout()
    layout.add_viewport(center=(100, 100), size=(150, 100), view_center_point=(x + 50, y + 20), view_height=120)
    layout.add_text("Plan de récolement", dxfattribs={"insert": (20, 20), "height": 5})


def huge_circle(version="R2010", path=None):
    doc = ezdxf.new(version)
    doc.modelspace().add_circle((X0, Y0), 20000.0)
    doc.modelspace().add_circle((X0, Y0), 2.0)
    if path is not None:
        doc.saveas(str(path))
    return doc


def synthetic(path, entities, seed=0, version="R2010"):
    """Bench drawing: `entities` entities of mixed types scattered over 4 km around the town hall."""
    import random
    rnd = random.Random(seed)
    doc = ezdxf.new(version, setup=True)
    msp = doc.modelspace()
    block = doc.blocks.new("BORNE")
    block.add_circle((0, 0), 0.5)
    block.add_attdef("MATRICULE", (0.6, 0), dxfattribs={"height": 0.3})
    for n in range(entities):
        x, y = X0 + rnd.uniform(-2000, 2000), Y0 + rnd.uniform(-2000, 2000)
        kind = n % 10
        if kind < 3:
            msp.add_line((x, y), (x + rnd.uniform(-20, 20), y + rnd.uniform(-20, 20)))
        elif kind < 5:
            msp.add_lwpolyline([(x + 3 * k, y + math.sin(k), 0, 0, 0.1 * (k % 2)) for k in range(6)],
                               format="xyseb")
        elif kind == 5:
            msp.add_circle((x, y), rnd.uniform(0.2, 5))
        elif kind == 6:
            msp.add_arc((x, y), rnd.uniform(0.5, 8), rnd.uniform(0, 180), rnd.uniform(180, 360))
        elif kind == 7:
            msp.add_text("R{:05d}".format(n), dxfattribs={"insert": (x, y), "height": 0.4, "rotation": 10})
        elif kind == 8:
            ref = msp.add_blockref("BORNE", (x, y), dxfattribs={"rotation": rnd.uniform(0, 360)})
            ref.add_auto_attribs({"MATRICULE": "R{:05d}".format(n)})
        else:
            msp.add_point((x, y, 35.0))
    doc.saveas(str(path))
