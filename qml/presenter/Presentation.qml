pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import KnowTheLimits

// Presenter mode: the audience view full screen (on the second screen when there is one) and
// the presenter's notes in their own window. A clicker's keys and the keyboard both work, as in
// the presenter views presenters know: PageDown/PageUp, arrows, space, Home/End; a number and
// Enter to go to that slide; G for all the slides; B or "." for a black screen, W or "," for a
// white one; Z for a close-up; R to show a room question's answer; S to swap the screens; Esc
// to leave (or to forget a number being typed, or to close the grid).
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
    /** The all-slides grid, in the notes window. */
    property bool gridShown: false
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
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            root.presentation.typeDigit(event.key - Qt.Key_0)
            event.accepted = true
            return
        }
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
            root.presentation.previous()
            break
        case Qt.Key_Backspace:
            if (root.presentation.typedNumber !== "")
                root.presentation.eraseDigit()
            else
                root.presentation.previous()
            break
        case Qt.Key_Return:
        case Qt.Key_Enter:
            root.presentation.goToTyped()
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
        case Qt.Key_W:
        case Qt.Key_Comma:
            root.presentation.toggleWhiteScreen()
            break
        case Qt.Key_Z:
            root.presentation.toggleZoom()
            break
        case Qt.Key_R:
            root.presentation.revealAnswer()
            break
        case Qt.Key_G:
            root.gridShown = !root.gridShown
            break
        case Qt.Key_S:
            root.screens.swap()
            break
        case Qt.Key_Escape:
            if (root.presentation.typedNumber !== "")
                root.presentation.clearTyped()
            else if (root.gridShown)
                root.gridShown = false
            else
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
            gridShown: root.gridShown
            onShowGrid: shown => root.gridShown = shown
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
