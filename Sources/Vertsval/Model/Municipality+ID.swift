extension Municipality {
    /// A municipality's stable id, e.g. `sogndal`: what a region, a candidate, a score, a
    /// travel time and a portfolio's hosting table refer to it by.
    public typealias ID = Identifier<Municipality>
}
