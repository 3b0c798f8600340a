//! What the three pages of the site share: how a page starts (`app`), the shell around
//! its screens (header, footer, language switch, loading, "not found", the content's
//! problems), the components that show content texts (rich text, glossary terms, source
//! links), printing, and an embed's set-up.

pub mod app;
mod content_error;
mod footer;
pub mod frame;
mod glossary_term;
mod header;
mod lang_switch;
mod loading;
mod not_found;
mod page_article;
pub mod print;
mod problem_list;
pub mod rich_text;
pub mod shell;
mod source_links;
mod storage_alert;

pub use content_error::ContentError;
pub use footer::Footer;
pub use glossary_term::GlossaryTerm;
pub use header::Header;
pub use lang_switch::LangSwitch;
pub use loading::Loading;
pub use not_found::NotFound;
pub use page_article::PageArticle;
pub use problem_list::problem_list;
pub use rich_text::RichText;
pub use shell::PAGE_TITLE_ID;
pub use source_links::SourceLinks;
pub use storage_alert::StorageAlert;
