pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import KnowTheLimits

// Presenter mode: the audience view full screen (on the second screen when there is one) and
// the presenter's notes in their own window. A clicker's keys and the keyboard both work:
// PageDown/PageUp, arrows, space, Home/End, B or "." for a black screen, Esc to leave.
QtObject {
    id: root

    required property string address
    /** Started from the app's window: Esc closes the presentation (from the command line, the
     *  finished signal quits instead). */
    property bool closeWhenFinished: false
    /** Not full screen: for screenshots and tests. */
    property bool windowed: false
    property int audienceWidth: 1280
    property int audienceHeight: 720
    readonly property PresentationModel presentation: PresentationModel {
        address: root.address
    }
    readonly property Window audience: audienceWindow
    readonly property Window notes: notesWindow
    readonly property PresentationScreens screens: PresentationScreens {
        audience: root.audienceWindow
        notes: root.notesWindow
        fullScreen: !root.windowed
    }

    signal finished()

    onFinished: if (closeWhenFinished) root.destroy()

    function handleKey(event: KeyEvent) {
        switch (event.key) {
        case Qt.Key_PageDown:
        case Qt.Key_Right:
        case Qt.Key_Down:
        case Qt.Key_Space:
            root.presentation.next()
            break
        case Qt.Key_PageUp:
        case Qt.Key_Left:
        case Qt.Key_Up:
        case Qt.Key_Backspace:
            root.presentation.previous()
            break
        case Qt.Key_Home:
            root.presentation.first()
            break
        case Qt.Key_End:
            root.presentation.last()
            break
        case Qt.Key_B:
        case Qt.Key_Period:
            root.presentation.toggleBlackout()
            break
        case Qt.Key_Escape:
            root.finished()
            break
        default:
            return
        }
        event.accepted = true
    }

    property Window audienceWindow: Window {
        objectName: "audienceWindow"
        title: QuickHide.hidden ? QuickHide.neutralTitle : qsTr("Know the Limits — presentation")
        width: root.audienceWidth
        height: root.audienceHeight
        color: "black"
        // Shown by PresentationScreens, on the right screen, once both windows exist.
        visible: false

        AudienceView {
            objectName: "audienceView"
            anchors.fill: parent
            visible: !QuickHide.hidden
            presentation: root.presentation
            focus: true
            Keys.onPressed: event => root.handleKey(event)
        }
        Loader {
            anchors.fill: parent
            active: QuickHide.hidden
            source: "../pages/NeutralPage.qml"
        }
    }

    property Window notesWindow: Window {
        objectName: "notesWindow"
        title: QuickHide.hidden ? QuickHide.neutralTitle : qsTr("Know the Limits — presenter notes")
        width: 1100
        height: 680
        visible: false

        PresenterNotes {
            objectName: "presenterNotes"
            anchors.fill: parent
            visible: !QuickHide.hidden
            presentation: root.presentation
            screens: root.screens
            focus: true
            Keys.onPressed: event => root.handleKey(event)
            onLeave: root.finished()
        }
        Loader {
            anchors.fill: parent
            active: QuickHide.hidden
            source: "../pages/NeutralPage.qml"
        }
    }

    // Quick hide, started in the app: the presentation closes and the app's window shows the
    // neutral page. From the command line there is no other window: both show it, and coming
    // back starts again from the first slide.
    function followQuickHide() {
        if (QuickHide.hidden && root.closeWhenFinished)
            root.finished()
        else if (!QuickHide.hidden)
            root.presentation.restart()
    }
    Component.onCompleted: {
        screens.place()
        QuickHide.hiddenChanged.connect(root.followQuickHide)
    }
    Component.onDestruction: QuickHide.hiddenChanged.disconnect(root.followQuickHide)
}
