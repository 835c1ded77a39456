import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Top bar: skip to content, back, the app name (home), the reference pages, display settings
// and the language switch. When they do not fit on one line (large text, Spanish, a small
// screen) the reference pages fold into a Menu button; the language switch never leaves.
ToolBar {
    id: root

    /** Where "Skip to content" sends the keyboard: the page. */
    property Item content
    // Both measured with the full name, never with what the header shows now: a choice that
    // changed the widths it was made from would make the layout go round in circles.
    // The gaps: the two side margins, three between the row's parts, one before the name, one
    // inside `end`; and a few pixels so that rounding never squeezes a button into wrapping.
    readonly property real fixedWidth: backLabel.advanceWidth + 2 * Theme.gap + fullName.width + 1.2 * Theme.margin
        + end.implicitWidth + 7 * Theme.gap + 4
    readonly property bool linksFit: width >= fixedWidth + links.neededWidth
    // The app's name as the home button where the folded header has room for it; otherwise
    // Home moves into the menu (the name broke mid-word at 200 % text on a 1024 px screen).
    readonly property bool nameFitsNow: width >= fixedWidth + menu.implicitWidth
    // Applied after the layout pass that changed them, not during it: showing or hiding parts
    // from inside a pass made Qt Quick Layouts give up ("polish loop") while text grew.
    property bool oneLine: true
    property bool nameFits: true
    onLinksFitChanged: Qt.callLater(root.fold)
    onNameFitsNowChanged: Qt.callLater(root.fold)
    Component.onCompleted: fold()

    function fold() {
        root.oneLine = root.linksFit
        root.nameFits = root.nameFitsNow
    }

    TextMetrics {
        id: backLabel

        font.pixelSize: Theme.bodySize
        text: qsTr("Back")
    }
    TextMetrics {
        id: fullName

        font.pixelSize: Theme.subheadingSize
        font.bold: true
        text: qsTr("Know the Limits")
    }

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        // No spacing of its own: the skip link is there, narrowed to nothing, even unfocused.
        RowLayout {
            id: start

            spacing: 0

            // The first Tab stop, shown only while it has focus (as on the web). Narrowed
            // to nothing, not hidden: a hidden item could not take focus from Tab.
            ActionButton {
                objectName: "skipToContent"
                //: Keyboard shortcut past the header to the page
                text: qsTr("Skip to content")
                Layout.maximumWidth: activeFocus ? implicitWidth : 0
                opacity: activeFocus ? 1 : 0
                onClicked: root.content.forceActiveFocus()
            }
            ActionButton {
                id: back

                compact: true
                flat: true
                // Where even the name has gone to the menu, an arrow: room for Hide and both languages.
                text: root.nameFits ? backLabel.text : "←"
                enabled: Navigation.canGoBack
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Go back to the previous page")
                onClicked: Navigation.back()
            }
            ActionButton {
                compact: true
                flat: true
                objectName: "homeButton"
                Layout.leftMargin: Theme.gap
                visible: root.nameFits
                text: fullName.text
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                Accessible.name: qsTr("Home: all topics")
                onClicked: Navigation.go("home")
            }
        }
        Item {
            Layout.fillWidth: true // pushes the links and the switch to the right
        }
        HeaderLinks {
            id: links

            visible: root.oneLine
        }
        HeaderMenu {
            id: menu

            withHome: !root.nameFits
            visible: !root.oneLine
        }
        RowLayout {
            id: end

            spacing: Theme.gap / 2

            HideButton {
                compact: true
                Layout.minimumWidth: implicitWidth
            }
            DisplayMenu {
                Layout.minimumWidth: implicitWidth
            }
            LanguageSwitch {
                Layout.minimumWidth: implicitWidth
            }
        }
    }
}
