/// State, actions, screens, reducer and rendering live in PlenaryBrowserCore (pure); this
/// module adds what touches the world. Every `import PlenaryBrowser` still sees the core.
@_exported import PlenaryBrowserCore
