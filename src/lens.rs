//! Lenses on the cycle: at most one value per facet (who, alone or together, area, level
//! of engagement), read from and written to the URL so that a filtered view can be shared.

use crate::content::{Facet, Item, Part, Step, Tag};

/// The chosen value of each facet, in the order of [`Facet::ALL`]; none chosen shows all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Lens {
    chosen: [Option<Tag>; 4],
}

fn slot(facet: Facet) -> usize {
    match facet {
        Facet::Who => 0,
        Facet::Scope => 1,
        Facet::Area => 2,
        Facet::Level => 3,
    }
}

impl Lens {
    /// The lens of URL parameters (`who=family&area=research`). Values of no facet, or
    /// given under another facet's name, are left out: a mistyped link still shows the
    /// content, filtered by what could be read.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lens {
        let mut lens = Lens::default();
        for (key, value) in params {
            let Some(facet) = Facet::ALL.into_iter().find(|facet| facet.key() == key) else {
                continue;
            };
            if let Some(tag) = Tag::from_code(value).filter(|tag| tag.facet() == facet) {
                lens.chosen[slot(facet)] = Some(tag);
            }
        }
        lens
    }

    /// The URL parameters of this lens, in facet order, without `?`; empty for no lens.
    pub fn query(&self) -> String {
        let mut query = String::new();
        for facet in Facet::ALL {
            if let Some(tag) = self.get(facet) {
                if !query.is_empty() {
                    query.push('&');
                }
                query.push_str(facet.key());
                query.push('=');
                query.push_str(tag.code());
            }
        }
        query
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.iter().all(Option::is_none)
    }

    pub fn get(&self, facet: Facet) -> Option<Tag> {
        self.chosen[slot(facet)]
    }

    /// The chosen values, in facet order.
    pub fn tags(&self) -> impl Iterator<Item = Tag> + '_ {
        self.chosen.iter().flatten().copied()
    }

    /// This lens with `facet` set to `tag`, or cleared with `None`.
    pub fn with(mut self, facet: Facet, tag: Option<Tag>) -> Lens {
        self.chosen[slot(facet)] = tag.filter(|tag| tag.facet() == facet);
        self
    }

    /// Whether `item` carries every chosen value. Every item matches an empty lens.
    pub fn matches(&self, item: &Item) -> bool {
        self.tags().all(|tag| item.tags.contains(&tag))
    }

    /// How many items of `step` match, over its three parts.
    pub fn count(&self, step: &Step) -> usize {
        Part::ALL
            .into_iter()
            .map(|part| self.count_in(step, part))
            .sum()
    }

    /// How many items of one part of `step` match.
    pub fn count_in(&self, step: &Step, part: Part) -> usize {
        step.items(part)
            .iter()
            .filter(|item| self.matches(item))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_round_trip_in_facet_order() {
        let lens = Lens::from_params([("level", "partnership"), ("who", "family")]);
        assert_eq!(lens.query(), "who=family&level=partnership");
        let again = Lens::from_params([("who", "family"), ("level", "partnership")]);
        assert_eq!(lens, again);
    }

    #[test]
    fn a_value_under_the_wrong_facet_is_left_out() {
        let lens = Lens::from_params([("who", "research"), ("area", "research"), ("x", "y")]);
        assert_eq!(lens.query(), "area=research");
        assert_eq!(lens.with(Facet::Who, Some(Tag::Policy)), lens);
    }

    #[test]
    fn an_empty_lens_has_no_parameters() {
        assert!(Lens::default().is_empty());
        assert_eq!(Lens::default().query(), "");
        let lens = Lens::default().with(Facet::Scope, Some(Tag::Collective));
        assert!(!lens.is_empty());
        assert!(lens.with(Facet::Scope, None).is_empty());
    }
}
