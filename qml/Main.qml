import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The window: header, the current page, the notice. Pages are chosen by Navigation.kind.
ApplicationWindow {
    id: root

    width: 1280
    height: 720
    // The binary sizes the window to its screen; maximised where the screen is small.
    property bool startMaximized: false
    minimumWidth: Math.min(800, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(560, Screen.desktopAvailableHeight)
    visible: true
    // Quick hide gives the window a neutral title (QuickHide).
    title: QuickHide.windowTitle
    color: Theme.background

    // While the first-run choice is open nothing else takes a key or a click: it is modal.
    header: AppHeader {
        content: pageLoader
        enabled: !Settings.needsLanguageChoice
        visible: !QuickHide.hidden
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        enabled: !Settings.needsLanguageChoice || QuickHide.hidden

        // Built only when there is something to report: most starts have no problems.
        Loader {
            Layout.fillWidth: true
            active: (Content.problemCount > 0 || Settings.problems.length > 0) && !QuickHide.hidden
            visible: active
            sourceComponent: ProblemBanner {}
        }

        Loader {
            Layout.fillWidth: true
            active: Content.replacements.length > 0 && !QuickHide.hidden
            visible: active
            sourceComponent: ReplacementNotice {}
        }

        Loader {
            id: pageLoader

            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            // Quick hide: hidden at once (the neutral page below takes its place in the same
            // frame), then destroyed with what was answered or typed in it once that frame is
            // out (QuickHide.released); coming back makes a fresh one.
            visible: !QuickHide.hidden
            source: {
                if (QuickHide.released)
                    return ""
                switch (Navigation.kind) {
                case "topic": return "pages/TopicPage.qml"
                case "walkthrough": return "pages/WalkthroughPage.qml"
                case "flow": return "pages/FlowPage.qml"
                case "whatif": return "pages/WhatIfPage.qml"
                case "glossary": return "pages/GlossaryPage.qml"
                case "sources": return "pages/SourcesPage.qml"
                case "timeline": return "pages/TimelinePage.qml"
                case "help": return "pages/HelpPage.qml"
                case "local": return "pages/LocalPage.qml"
                case "search": return "pages/SearchPage.qml"
                case "settings": return "pages/SettingsPage.qml"
                case "workshop": return "pages/WorkshopPage.qml"
                default: return "pages/HomePage.qml"
                }
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: QuickHide.hidden
            visible: active
            source: "pages/NeutralPage.qml"
            // The neutral page takes the keyboard; back from hiding, the (fresh) page does. (Only
            // after a hide: at start `active` goes from its default to false, and the first-run
            // choice must keep the keyboard.)
            property bool wasShown: false
            onActiveChanged: {
                if (active) {
                    wasShown = true
                    forceActiveFocus()
                } else if (wasShown) {
                    wasShown = false
                    pageLoader.forceActiveFocus()
                }
            }
        }

        // In the layout, not the window's footer, so Tab reaches it after the page, not first.
        NoticeBar {
            Layout.fillWidth: true
            visible: !QuickHide.hidden
        }
    }

    // A local pack dropped on the window is offered for adding, as one chosen in the file dialog.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = LocalPacks.acceptsDrop(drag.urls)
        onDropped: drop => {
            if (!LocalPacks.acceptsDrop(drop.urls))
                return
            drop.accept()
            LocalPacks.open(drop.urls[0])
        }
    }
    // Made when a pack is offered (file dialog, drop, or a file given to the app), not before.
    Loader {
        anchors.fill: parent
        z: 5
        active: LocalPacks.showing && !QuickHide.hidden
        source: "components/PackInstallDialog.qml"
    }

    // Made only on a first run, so later starts do not pay for it.
    Loader {
        anchors.fill: parent
        z: 10
        focus: active
        active: Settings.needsLanguageChoice && !QuickHide.hidden
        // By URL, not as an inline component, so its type is not even loaded on later starts.
        source: "components/LanguageChoice.qml"
    }

    // Presenter mode started from a page: its windows live until Esc or "End". The component is
    // made on first use: naming its type here would load presenter mode before the first frame.
    property QtObject presentation: null
    function startPresentation(address: string) {
        if (root.presentation)
            root.presentation.destroy()
        const component = Qt.createComponent("presenter/Presentation.qml")
        root.presentation = component.createObject(root, { address: address, closeWhenFinished: true })
    }
    // (Not a Connections element: Debian's Qt 6.4 lint types do not describe it.)
    Component.onCompleted: {
        Navigation.presentRequested.connect(root.startPresentation)
        if (root.startMaximized)
            root.showMaximized()
    }
    Component.onDestruction: Navigation.presentRequested.disconnect(root.startPresentation)

    Shortcut {
        enabled: !QuickHide.hidden
        sequence: "Alt+Left"
        onActivated: Navigation.back()
    }
    Shortcut {
        enabled: !QuickHide.hidden
        sequences: ["Ctrl+F", "Ctrl+K"]
        onActivated: Navigation.go("search")
    }
    Shortcut {
        enabled: !QuickHide.hidden
        sequence: "Alt+Home"
        onActivated: Navigation.home()
    }
    // Text size, as in a web browser; the same steps as the settings page.
    Shortcut {
        enabled: !QuickHide.hidden
        sequences: ["Ctrl++", "Ctrl+="]
        onActivated: Settings.enlargeText()
    }
    Shortcut {
        enabled: !QuickHide.hidden
        sequence: "Ctrl+-"
        onActivated: Settings.shrinkText()
    }
    Shortcut {
        enabled: !QuickHide.hidden
        sequence: "Ctrl+0"
        onActivated: Settings.textScale = 1
    }
    Shortcut {
        enabled: !QuickHide.hidden
        sequence: "F11"
        onActivated: root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
    }
}
