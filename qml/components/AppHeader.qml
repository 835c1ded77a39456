import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Top bar: skip to content, back, the app name (home), the reference pages, display settings
// and the language switch. When they do not fit on one line (large text, Spanish, a small
// screen) the reference pages move to a second line; the language switch never leaves.
ToolBar {
    id: root

    /** Where "Skip to content" sends the keyboard: the page. */
    property Item content
    readonly property bool oneLine: width - 2 * Theme.gap
        >= start.implicitWidth + links.implicitWidth + end.implicitWidth + 3 * Theme.gap

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            RowLayout {
                id: start

                Layout.fillWidth: true
                spacing: Theme.gap

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
                    flat: true
                    text: qsTr("Back")
                    enabled: Navigation.canGoBack
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Go back to the previous page")
                    onClicked: Navigation.back()
                }
                ActionButton {
                    flat: true
                    // May wrap onto two lines rather than push the language switch away.
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    text: qsTr("Know the Limits")
                    font.pixelSize: Theme.subheadingSize
                    font.bold: true
                    Accessible.name: qsTr("Home: all topics")
                    onClicked: Navigation.go("home")
                }
            }
            HeaderLinks {
                id: links

                visible: root.oneLine
            }
            RowLayout {
                id: end

                spacing: Theme.gap

                DisplayMenu {
                    Layout.minimumWidth: implicitWidth
                }
                LanguageSwitch {
                    Layout.minimumWidth: implicitWidth
                }
            }
        }
        HeaderLinks {
            Layout.fillWidth: true
            visible: !root.oneLine
        }
    }
}
