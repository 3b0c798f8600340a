//! The cycle drawing, used by several pages: the clickable diagram of the explorer, and
//! the figure of the slides and the printed handout (`geometry` says where things go).

mod cycle_diagram;
mod cycle_figure;
mod step_node;

pub use cycle_diagram::CycleDiagram;
pub use cycle_figure::CycleFigure;
