//! The lenses on the shipped content: each value finds real items, where it applies, and
//! the lens in a URL reads back as it was written.

use lhs_roadmap::content::{parse, Facet, Part, Roadmap, Tag};
use lhs_roadmap::lens::Lens;

fn roadmap() -> Roadmap {
    parse(include_str!("../content/roadmap.json")).expect("the shipped content reads")
}

fn lens(tag: Tag) -> Lens {
    Lens::default().with(tag.facet(), Some(tag))
}

#[test]
fn every_filter_value_matches_at_least_one_item() {
    let roadmap = roadmap();
    for tag in Tag::ALL {
        let total: usize = roadmap.all_steps().map(|step| lens(tag).count(step)).sum();
        assert!(total > 0, "{} matches nothing", tag.code());
    }
}

#[test]
fn who_and_scope_match_in_every_step() {
    let roadmap = roadmap();
    for step in roadmap.all_steps() {
        for facet in [Facet::Who, Facet::Scope] {
            for tag in facet.tags() {
                let found = lens(*tag).count(step);
                assert!(found > 0, "{} finds nothing in {}", tag.code(), step.id);
            }
        }
        for tag in Facet::Scope.tags() {
            assert!(
                lens(*tag).count_in(step, Part::Roles) > 0,
                "no {} role in {}",
                tag.code(),
                step.id
            );
        }
    }
}

#[test]
fn every_area_and_level_matches_in_at_least_two_steps() {
    let roadmap = roadmap();
    for facet in [Facet::Area, Facet::Level] {
        for tag in facet.tags() {
            let steps = roadmap
                .all_steps()
                .filter(|step| lens(*tag).count(step) > 0)
                .count();
            assert!(steps >= 2, "{} in {steps} step(s)", tag.code());
        }
    }
}

#[test]
fn every_role_says_alone_or_together_its_level_and_its_area() {
    let roadmap = roadmap();
    for step in roadmap.all_steps() {
        for role in &step.roles {
            for facet in Facet::ALL {
                let count = role.tags.iter().filter(|tag| tag.facet() == facet).count();
                let expected = match facet {
                    Facet::Scope | Facet::Level => count == 1,
                    Facet::Who | Facet::Area => count >= 1,
                };
                assert!(expected, "{}: {} {:?} tag(s)", role.id, count, facet);
            }
        }
    }
}

#[test]
fn the_who_lens_tells_groups_apart_in_every_step() {
    let roadmap = roadmap();
    for step in roadmap.all_steps() {
        let all = Lens::default();
        let family = lens(Tag::Family);
        assert!(family.count(step) < all.count(step), "{}", step.id);
    }
}

#[test]
fn lenses_combine_as_and() {
    let roadmap = roadmap();
    let step = &roadmap.steps[0];
    let one = lens(Tag::Collective);
    let two = one.with(Facet::Area, Some(Tag::Research));
    assert!(two.count(step) <= one.count(step));
    for part in Part::ALL {
        for item in step.items(part) {
            assert_eq!(
                two.matches(item),
                item.tags.contains(&Tag::Collective) && item.tags.contains(&Tag::Research)
            );
        }
    }
}
