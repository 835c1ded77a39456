pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Search everything, in the current language, without minding accents; open a hit to jump there.
ColumnLayout {
    id: root

    objectName: "searchPage"
    // Left edge of the centred reading column, so titles line up with the list below.
    readonly property real side: Math.max(Theme.margin, (width - Theme.contentWidth) / 2)

    spacing: Theme.gap

    SearchModel {
        id: results
        query: field.text
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.leftMargin: root.side
        Layout.bottomMargin: 0
        spacing: Theme.gap

        PageTitle {
            text: qsTr("Search")
            takesFocus: false
        }
        TextField {
            id: field

            objectName: "searchField"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentWidth
            focus: true
            placeholderText: qsTr("Type a word, such as detainer or mandamus")
            font.pixelSize: Theme.subheadingSize
            Accessible.name: qsTr("Search all content")
            // The header's Search button and Ctrl+F come here to type (later: the page is still being made).
            Component.onCompleted: Qt.callLater(field.forceActiveFocus)
            Keys.onDownPressed: list.forceActiveFocus()
            // Not while an answer is due: the first row may still be the last word's.
            Keys.onReturnPressed: if (results.count > 0 && !results.searching) Navigation.go(results.data(results.index(0, 0), SearchModel.AddressRole))
        }
        Label {
            textFormat: Text.PlainText
            objectName: "searchStatus"
            text: results.error !== "" ? results.error
                : field.text.trim() === "" ? qsTr("Results appear as you type.")
                // The model's count, told at once (the list's waits for its next layout).
                : results.count === 0 && results.searching ? qsTr("Searching…")
                : results.count === 0 ? qsTr("Nothing found. Try another word or a shorter one.")
                // Two strings, not "%n result(s)": English has no plural translation to fill it.
                : results.count === 1 ? qsTr("1 result")
                //: %1 is the number of search results (2 or more)
                : qsTr("%1 results").arg(results.count)
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            Accessible.role: Accessible.StaticText
        }
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            id: list

            objectName: "searchResults"
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentWidth + 2 * Theme.margin)
            clip: true
            model: results
            spacing: Theme.gap
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: hit

                required property string address
                required property string kindLabel
                required property string title
                required property string snippet
                required property string from
                required property string accessibleName
                required property int index

                width: ListView.view.width - 2 * Theme.margin
                highlighted: ListView.isCurrentItem
                Accessible.name: accessibleName
                onClicked: Navigation.go(address)
                Keys.onReturnPressed: Navigation.go(address)

                background: Rectangle {
                    radius: Theme.radius
                    color: hit.highlighted || hit.hovered ? Theme.surfaceAlt : Theme.surface
                    border.color: hit.visualFocus || hit.highlighted ? Theme.focus : Theme.border
                }
                contentItem: Column {
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: hit.kindLabel
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                    // A local pack's result says whose it is.
                    Text {
                        objectName: "searchHitFrom"
                        textFormat: Text.PlainText
                        width: parent.width
                        visible: hit.from !== ""
                        text: hit.from
                        font.pixelSize: Theme.smallSize
                        font.italic: true
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        text: hit.title
                        textFormat: Text.StyledText
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.accent
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        text: hit.snippet
                        textFormat: Text.StyledText
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
