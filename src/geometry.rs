//! Where the cycle diagram draws things: step nodes evenly spaced on a ring (clockwise from
//! the top), arrows along the ring between them, labels outside, the foundation at the centre.
//!
//! All in the SVG's own units ([`VIEW_WIDTH`] × [`VIEW_HEIGHT`]); CSS scales the picture.

use std::f64::consts::{PI, TAU};

pub const VIEW_WIDTH: f64 = 1320.0;
pub const VIEW_HEIGHT: f64 = 1000.0;
/// The widest a step's node may be drawn.
pub const NODE_RADIUS: f64 = 52.0;
pub const HUB_RADIUS: f64 = 160.0;
pub const RING_RADIUS: f64 = 330.0;
/// Space between a node's edge and the start or end of an arrow.
const ARROW_GAP: f64 = 14.0;
const LABEL_GAP: f64 = 18.0;
pub const LABEL_FONT: f64 = 26.0;
pub const LABEL_LINE: f64 = 30.0;
/// Characters per label line; with [`LABEL_FONT`] this keeps labels inside the picture.
pub const LABEL_CHARS: usize = 17;
/// Lines of a label: three keep every label of a twelve-step cycle clear of its neighbours.
pub const LABEL_LINES: usize = 3;
/// An average glyph width as a share of the font size, to estimate text extents.
const GLYPH_WIDTH: f64 = 0.56;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

pub const CENTRE: Point = Point {
    x: VIEW_WIDTH / 2.0,
    y: VIEW_HEIGHT / 2.0,
};

/// The direction of step `index` of `count`, in radians, clockwise from the top.
pub fn node_angle(index: usize, count: usize) -> f64 {
    -PI / 2.0 + TAU * index as f64 / count.max(1) as f64
}

fn on_ring(angle: f64, radius: f64) -> Point {
    let (sin, cos) = sin_cos(angle);
    Point {
        x: CENTRE.x + radius * cos,
        y: CENTRE.y + radius * sin,
    }
}

/// Sine and cosine to about 1e-9, enough for coordinates written to a tenth of a unit.
/// Our own, because the standard library's pulls in range reduction for huge angles
/// (several kilobytes of wasm) that a diagram never needs.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    // Bring the angle into [-π, π], then into [-π/2, π/2] by symmetry.
    let mut x = angle - TAU * (angle / TAU).round();
    let mut cos_sign = 1.0;
    if x > PI / 2.0 {
        x = PI - x;
        cos_sign = -1.0;
    } else if x < -PI / 2.0 {
        x = -PI - x;
        cos_sign = -1.0;
    }
    let x2 = x * x;
    // Taylor series to x^17 / x^18: the first left-out term is below 1e-9 for |x| <= π/2.
    let mut sin = 0.0;
    let mut cos = 0.0;
    let mut sin_term = x;
    let mut cos_term = 1.0;
    for n in 0..10 {
        sin += sin_term;
        cos += cos_term;
        let k = 2.0 * f64::from(n) + 2.0;
        sin_term *= -x2 / (k * (k + 1.0));
        cos_term *= -x2 / ((k - 1.0) * k);
    }
    (sin, cos_sign * cos)
}

/// The centre of step `index` of `count` on the ring.
pub fn node_centre(index: usize, count: usize) -> Point {
    on_ring(node_angle(index, count), RING_RADIUS)
}

/// The node radius for `count` steps: as large as allowed, but small enough that
/// neighbours keep a gap of at least two arrow gaps between them.
pub fn node_radius(count: usize) -> f64 {
    if count < 2 {
        return NODE_RADIUS;
    }
    let half_chord = RING_RADIUS * sin_cos(PI / count as f64).0;
    NODE_RADIUS.min(half_chord - 2.0 * ARROW_GAP)
}

/// The SVG path of the arrow from step `index` to the next one (the last leads back to
/// the first), an arc of the ring trimmed clear of both nodes.
pub fn arrow_path(index: usize, count: usize) -> String {
    if count == 0 {
        return String::new();
    }
    let trim = (node_radius(count) + ARROW_GAP) / RING_RADIUS;
    let start_angle = node_angle(index, count) + trim;
    let sweep = TAU / count as f64 - 2.0 * trim;
    let start = on_ring(start_angle, RING_RADIUS);
    let end = on_ring(start_angle + sweep, RING_RADIUS);
    let large_arc = u8::from(sweep > PI);
    let r = coord(RING_RADIUS);
    format!(
        "M {} {} A {r} {r} 0 {large_arc} 1 {} {}",
        coord(start.x),
        coord(start.y),
        coord(end.x),
        coord(end.y),
    )
}

/// Writes an SVG coordinate to a tenth of a unit, without float formatting, whose code
/// would add kilobytes to the wasm.
pub fn coord(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    if tenths.is_multiple_of(10) {
        format!("{sign}{}", tenths / 10)
    } else {
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

/// The SVG `viewBox` of the diagram.
pub fn view_box() -> String {
    format!("0 0 {} {}", coord(VIEW_WIDTH), coord(VIEW_HEIGHT))
}

/// How a label's text is aligned on its anchor (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A step's label: where each line's baseline starts and how it is aligned.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    /// The baseline of each line, top to bottom.
    pub baselines: Vec<f64>,
    pub anchor: Anchor,
}

/// Places the `lines` of step `index`'s label outside its node: beside it on the left
/// and right of the ring, above it at the top and below it at the bottom.
pub fn label(index: usize, count: usize, lines: usize) -> Label {
    let angle = node_angle(index, count);
    let (sin, cos) = sin_cos(angle);
    let point = on_ring(angle, RING_RADIUS + node_radius(count) + LABEL_GAP);
    let anchor = if cos > 0.25 {
        Anchor::Start
    } else if cos < -0.25 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    // On a diagonal the point beyond the node can sit above its edge: keep the label
    // clear of the node's side.
    let node = on_ring(angle, RING_RADIUS);
    let clear = node_radius(count) + LABEL_GAP / 2.0;
    let x = match anchor {
        Anchor::Start => point.x.max(node.x + clear),
        Anchor::End => point.x.min(node.x - clear),
        Anchor::Middle => point.x,
    };
    let height = LABEL_LINE * lines.saturating_sub(1) as f64;
    // The cap height sits about 0.35 em above the middle of a line.
    let middle_shift = 0.35 * LABEL_FONT;
    let first = if sin < -0.75 {
        point.y - height
    } else if sin > 0.75 {
        point.y + 0.8 * LABEL_FONT
    } else {
        point.y - height / 2.0 + middle_shift
    };
    Label {
        x,
        baselines: (0..lines).map(|i| first + LABEL_LINE * i as f64).collect(),
        anchor,
    }
}

/// An axis-aligned box, for overlap checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Bounds {
    pub fn overlaps(self, other: Bounds) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    pub fn inside_view(self) -> bool {
        self.left >= 0.0
            && self.top >= 0.0
            && self.right <= VIEW_WIDTH
            && self.bottom <= VIEW_HEIGHT
    }

    pub fn around_circle(centre: Point, radius: f64) -> Bounds {
        Bounds {
            left: centre.x - radius,
            top: centre.y - radius,
            right: centre.x + radius,
            bottom: centre.y + radius,
        }
    }
}

/// The estimated box of a label whose longest line has `widest` characters.
pub fn label_bounds(label: &Label, widest: usize) -> Bounds {
    let width = widest as f64 * GLYPH_WIDTH * LABEL_FONT;
    let left = match label.anchor {
        Anchor::Start => label.x,
        Anchor::Middle => label.x - width / 2.0,
        Anchor::End => label.x - width,
    };
    let first = label.baselines.first().copied().unwrap_or(label.x);
    let last = label.baselines.last().copied().unwrap_or(first);
    Bounds {
        left,
        top: first - 0.8 * LABEL_FONT,
        right: left + width,
        bottom: last + 0.25 * LABEL_FONT,
    }
}

/// Breaks `text` into lines of at most `width` characters at spaces; a longer word
/// keeps a line to itself.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`wrap`], then at most `max` lines, each at most `width` characters: a word longer
/// than a line is cut, and a text that does not fit ends with "…". A label longer than
/// the picture allows is still read in full in the step's name and details.
pub fn wrap_at_most(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in wrap(text, width) {
        let mut chars: Vec<char> = line.chars().collect();
        while chars.len() > width {
            let rest = chars.split_off(width);
            lines.push(chars.into_iter().collect());
            chars = rest;
        }
        lines.push(chars.into_iter().collect());
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let mut kept: Vec<char> = last.chars().take(width.saturating_sub(1)).collect();
            while kept.last().is_some_and(|c| c.is_whitespace()) {
                kept.pop();
            }
            *last = kept.into_iter().chain(['…']).collect();
        }
    }
    lines
}

/// Baselines for `lines` lines of `line_height` centred on the hub.
pub fn hub_baselines(lines: usize, line_height: f64, font: f64) -> Vec<f64> {
    let height = line_height * lines.saturating_sub(1) as f64;
    let first = CENTRE.y - height / 2.0 + 0.35 * font;
    (0..lines).map(|i| first + line_height * i as f64).collect()
}
