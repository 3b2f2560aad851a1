extension Criterion {
    /// A criterion's stable id, e.g. `fagmiljo`: what a template, a score, a weight override
    /// and `--weight fagmiljo=30` refer to it by.
    public typealias ID = Identifier<Criterion>
}
