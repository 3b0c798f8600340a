//! The diagram's geometry: steps evenly spaced on the ring, nothing overlapping, every
//! label inside the picture, arrows going clockwise from each step to the next.

use std::f64::consts::TAU;

use lhs_roadmap::content::{parse, MAX_STEPS, MAX_TITLE};
use lhs_roadmap::geometry::*;
use lhs_roadmap::lang::Lang;

#[test]
fn steps_are_evenly_spaced_clockwise_from_the_top() {
    for count in 1..=MAX_STEPS {
        let first = node_centre(0, count);
        assert!(
            (first.x - CENTRE.x).abs() < 1e-9 && first.y < CENTRE.y,
            "step 1 at the top"
        );
        for i in 0..count {
            let a = node_centre(i, count);
            let b = node_centre((i + 1) % count, count);
            assert!((a.distance(CENTRE) - RING_RADIUS).abs() < 1e-9);
            if count > 1 {
                let expected = 2.0 * RING_RADIUS * (TAU / count as f64 / 2.0).sin();
                assert!((a.distance(b) - expected).abs() < 1e-6, "even spacing");
            }
        }
        if count > 2 {
            // Clockwise on screen (y grows downwards): step 2 is right of step 1.
            assert!(node_centre(1, count).x > node_centre(0, count).x);
        }
    }
}

#[test]
fn targets_never_overlap_and_stay_large_enough_to_touch() {
    for count in 1..=MAX_STEPS {
        let radius = node_radius(count);
        // 44 CSS px at the narrowest width that shows the diagram (48em = 768 px, less
        // the page padding): the picture is then about 0.55 of its own units.
        assert!(
            radius * 2.0 * 0.55 >= 44.0,
            "{count} steps: radius {radius}"
        );
        for i in 0..count {
            let a = node_centre(i, count);
            assert!(a.distance(CENTRE) - radius > HUB_RADIUS, "clear of the hub");
            assert!(Bounds::around_circle(a, radius).inside_view());
            for j in (i + 1)..count {
                assert!(
                    a.distance(node_centre(j, count)) > 2.0 * radius,
                    "{count}: {i} and {j}"
                );
            }
        }
    }
}

#[test]
fn shipped_labels_fit_inside_the_picture_without_overlaps() {
    let roadmap = match parse(include_str!("../content/roadmap.json")) {
        Ok(roadmap) => roadmap,
        Err(problems) => panic!("shipped content invalid: {problems:?}"),
    };
    let count = roadmap.steps.len();
    for lang in Lang::ALL {
        let mut boxes = Vec::new();
        for (i, step) in roadmap.steps.iter().enumerate() {
            let lines = wrap(step.title.get(lang), LABEL_CHARS);
            assert!(
                lines.len() <= 3,
                "{} wraps to {} lines",
                step.id,
                lines.len()
            );
            let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            let bounds = label_bounds(&label(i, count, lines.len()), widest);
            assert!(
                bounds.inside_view(),
                "{} ({lang:?}) label outside: {bounds:?}",
                step.id
            );
            boxes.push(bounds);
        }
        for (i, a) in boxes.iter().enumerate() {
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(!a.overlaps(*b), "labels {i} and {j} overlap ({lang:?})");
            }
            for j in 0..count {
                let node = Bounds::around_circle(node_centre(j, count), node_radius(count));
                assert!(!a.overlaps(node), "label {i} covers node {j} ({lang:?})");
            }
            assert!(!a.overlaps(Bounds::around_circle(CENTRE, HUB_RADIUS)));
        }
    }
}

#[test]
fn the_longest_titles_on_the_largest_cycle_stay_clear_of_each_other() {
    let title = "Recueillir et partager des expériences vécues ".repeat(4);
    let title: String = title.chars().take(MAX_TITLE).collect();
    let unbroken = "x".repeat(MAX_TITLE);
    for text in [title.as_str(), unbroken.as_str()] {
        let lines = wrap_at_most(text, LABEL_CHARS, LABEL_LINES);
        assert_eq!(lines.len(), LABEL_LINES);
        assert!(
            lines.iter().all(|line| line.chars().count() <= LABEL_CHARS),
            "{lines:?}"
        );
        assert!(lines[LABEL_LINES - 1].ends_with('…'));
        for count in 1..=MAX_STEPS {
            let boxes: Vec<Bounds> = (0..count)
                .map(|i| label_bounds(&label(i, count, LABEL_LINES), LABEL_CHARS))
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                assert!(a.inside_view(), "{count} steps: label {i} outside: {a:?}");
                for b in boxes.iter().skip(i + 1) {
                    assert!(
                        !a.overlaps(*b),
                        "{count} steps: labels {i} {a:?} and {b:?} overlap"
                    );
                }
                for j in 0..count {
                    let node = Bounds::around_circle(node_centre(j, count), node_radius(count));
                    assert!(!a.overlaps(node), "{count}: label {i} covers node {j}");
                }
            }
        }
    }
}

#[test]
fn a_short_title_is_wrapped_as_it_is() {
    assert_eq!(
        wrap_at_most("Analyser les données", LABEL_CHARS, LABEL_LINES),
        ["Analyser les", "données"]
    );
}

#[test]
fn arrows_run_clockwise_between_neighbours() {
    let count = 7;
    for i in 0..count {
        let path = arrow_path(i, count);
        let numbers: Vec<f64> = path
            .split(' ')
            .filter_map(|word| word.parse().ok())
            .collect();
        // M x y A r r rotation large sweep x y
        assert!(path.starts_with("M "), "{path}");
        assert_eq!(numbers.len(), 9, "{path}");
        let start = Point {
            x: numbers[0],
            y: numbers[1],
        };
        let end = Point {
            x: numbers[7],
            y: numbers[8],
        };
        assert_eq!(numbers[6], 1.0, "sweep flag: clockwise");
        assert!((start.distance(CENTRE) - RING_RADIUS).abs() < 0.2);
        // The arrow starts past this node and ends before the next one.
        let radius = node_radius(count);
        assert!(start.distance(node_centre(i, count)) > radius);
        assert!(end.distance(node_centre((i + 1) % count, count)) > radius);
        assert!(start.distance(node_centre(i, count)) < end.distance(node_centre(i, count)));
    }
    assert_eq!(arrow_path(0, 0), "");
}

#[test]
fn our_sine_and_cosine_match_the_standard_ones() {
    let mut angle = -20.0;
    while angle < 20.0 {
        let (sin, cos) = sin_cos(angle);
        assert!((sin - angle.sin()).abs() < 1e-9, "sin {angle}");
        assert!((cos - angle.cos()).abs() < 1e-9, "cos {angle}");
        angle += 0.001;
    }
}

#[test]
fn wrapping_keeps_words_whole() {
    assert_eq!(
        wrap("Interpret and co-build knowledge", 16),
        vec!["Interpret and", "co-build", "knowledge"]
    );
    assert_eq!(
        wrap("Supercalifragilistic", 5),
        vec!["Supercalifragilistic"]
    );
    assert!(wrap("   ", 10).is_empty());
}

#[test]
fn coordinates_are_written_to_a_tenth() {
    assert_eq!(coord(12.0), "12");
    assert_eq!(coord(12.34), "12.3");
    assert_eq!(coord(-0.06), "-0.1");
    assert_eq!(coord(0.04), "0");
    assert_eq!(view_box(), "0 0 1320 1000");
}
