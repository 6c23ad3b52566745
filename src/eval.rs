//! Evaluation against gold annotations (`../shared/dev-gold`): precision, recall and F1 per
//! type.
