"""Picture of a SYNTHETIC drawing before (REN09) and after (CC48) canevas:transformdxf, for the README.

    .venv/bin/python scripts/render_dxf_example.py [docs/images/dxf_before_after.png]

Builds the test corpus drawing (tests/dxf_corpus.py, R2018), transforms it with core.dxf, renders
both model spaces with ezdxf's matplotlib back end side by side, axes in metres of each system.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
from canevas_package import make_importable  # noqa: E402

make_importable()


def _draw(ax, path, title, window):
    import ezdxf
    from ezdxf.addons.drawing import Frontend, RenderContext
    from ezdxf.addons.drawing.config import BackgroundPolicy, Configuration
    from ezdxf.addons.drawing.matplotlib import MatplotlibBackend
    doc = ezdxf.readfile(str(path))
    config = Configuration(background_policy=BackgroundPolicy.WHITE)
    Frontend(RenderContext(doc), MatplotlibBackend(ax), config=config).draw_layout(doc.modelspace(), finalize=False)
    (x0, y0), (x1, y1) = window
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_title(title, fontsize=10)
    ax.ticklabel_format(useOffset=False, style="plain")
    ax.tick_params(labelsize=7)
    ax.set_axis_on()


def main():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from dxf_corpus import X0, Y0, build

    from canevas.core.dxf import transform_file
    from canevas.core.transform import transform_xy
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images" / "dxf_before_after.png"
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "plan.dxf", Path(tmp) / "cc48" / "plan.dxf"
        build("R2018", source)
        result = transform_file(source, out, "REN09", "CC48")
        fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.2))
        corners = ((X0 - 10, Y0 - 30), (X0 + 200, Y0 + 85))
        xs, ys = transform_xy("REN09", "CC48", [c[0] for c in corners], [c[1] for c in corners])
        _draw(left, source, "SYNTHETIC drawing in REN09 (input), lower left X {:.0f}, Y {:.0f}".format(
            *corners[0]), corners)
        _draw(right, out,  "after canevas:transformdxf, RGF93 / CC48 (largest deviation {:.4f} mm)".format(
            result.max_deviation_mm), tuple(zip(xs.tolist(), ys.tolist())))
        fig.subplots_adjust(left=0.06, right=0.99, bottom=0.08, top=0.92, wspace=0.15)
        fig.savefig(str(target), dpi=110, facecolor="white")
    print(target)


if __name__ == "__main__":
    main()
