extension ParsedElement {
    /// A plain copy of a live element and everything below it, for callers that keep the tree
    /// after the document is freed. Only for a tree with no problems: its depth is then within
    /// the limit, so the copy's recursion is too.
    init(copying view: ElementView) {
        self.init(
            name: view.name, namespace: view.namespace, attributes: view.attributes,
            content: view.content.map { piece in
                switch piece {
                case .element(let child): .element(ParsedElement(copying: child))
                case .text(let text): .text(text)
                }
            },
            position: view.position)
    }
}
