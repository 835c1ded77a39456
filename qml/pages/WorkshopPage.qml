pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Session playlists, for workshop presenters: the order of a workshop (topics, walkthroughs,
// flows, the what-if story, glossary terms, part of the timeline), each part with its minutes,
// saved by name and presented in one go with its countdown. Only what to present and the
// minutes are kept: nothing about the people in the room.
ScrollingPage {
    id: root

    objectName: "workshopPage"
    maxContentWidth: 760 * Theme.scale
    focus: true

    PlaylistEditor {
        id: editor
    }

    PageTitle {
        Layout.fillWidth: true
        text: qsTr("Workshop playlists")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Put together what you will present, in order, with the minutes for each part. Present shows it all as one talk, with a countdown. Only what to present and the minutes are saved, never anything about the people in the room.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }

    // The saved playlists.
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        visible: editor.savedNames.length > 0
        text: qsTr("Saved playlists")
        textFormat: Text.PlainText
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: editor.savedNames.length

        // The name, then its buttons in a row that wraps: at 200 % text on a small screen the
        // four buttons do not fit one line, and a row of them would push the page wider.
        ColumnLayout {
            id: savedRow

            required property int index
            readonly property string savedName: index < editor.savedNames.length ? editor.savedNames[index] : ""

            objectName: "saved-" + savedRow.savedName
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Label {
                Layout.fillWidth: true
                text: savedRow.savedName
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                ActionButton {
                    objectName: "presentSaved"
                    highlighted: true
                    text: qsTr("Present")
                    //: Read by a screen reader: %1 the playlist's name
                    Accessible.name: qsTr("Present %1").arg(savedRow.savedName)
                    onClicked: Navigation.present(editor.addressOf(savedRow.savedName))
                }
                ActionButton {
                    objectName: "shareSaved"
                    //: Saves a playlist as one web page for phones (no internet needed)
                    text: qsTr("Share for phones")
                    //: Read by a screen reader: %1 the playlist's name
                    Accessible.name: qsTr("Share %1 for phones").arg(savedRow.savedName)
                    Accessible.description: qsTr("Saves one web page to open on a phone, in English and Spanish. It needs no internet.")
                    onClicked: Handouts.sharePlaylist(savedRow.savedName, editor.addressesOf(savedRow.savedName))
                }
                ActionButton {
                    objectName: "editSaved"
                    text: qsTr("Edit")
                    //: Read by a screen reader: %1 the playlist's name
                    Accessible.name: qsTr("Edit %1").arg(savedRow.savedName)
                    onClicked: editor.load(savedRow.savedName)
                }
                ActionButton {
                    objectName: "deleteSaved"
                    text: qsTr("Delete")
                    //: Read by a screen reader: %1 the playlist's name
                    Accessible.name: qsTr("Delete %1").arg(savedRow.savedName)
                    onClicked: editor.deleteSaved(savedRow.savedName)
                }
            }
        }
    }

    // The playlist being edited.
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("This playlist")
        textFormat: Text.PlainText
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            text: qsTr("Name")
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        TextField {
            objectName: "playlistName"
            Layout.fillWidth: true
            text: editor.name
            maximumLength: 60
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Name of the playlist")
            onTextEdited: editor.name = text
        }
        ActionButton {
            objectName: "newPlaylist"
            text: qsTr("New playlist")
            onClicked: editor.startNew()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: editor.count === 0
        text: qsTr("Nothing in it yet: add parts below.")
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Repeater {
        model: editor

        Rectangle {
            id: part

            required property int index
            required property string title
            required property string kind
            required property int minutes
            required property string problem
            required property string label

            objectName: "part-" + part.index
            Layout.fillWidth: true
            implicitHeight: partColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: part.problem !== "" ? Theme.problemBorder : Theme.border

            ColumnLayout {
                id: partColumn

                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Label {
                    Layout.fillWidth: true
                    text: part.label
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: part.problem !== "" ? part.problem : part.kind
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.smallSize
                    color: part.problem !== "" ? Theme.incorrect : Theme.mutedText
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        height: minutesBox.height
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Minutes")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                    SpinBox {
                        id: minutesBox

                        objectName: "minutes"
                        from: 0
                        to: 240
                        stepSize: 5
                        editable: true
                        value: part.minutes
                        font.pixelSize: Theme.bodySize
                        //: Read by a screen reader: the minutes for a part; %1 its title
                        Accessible.name: qsTr("Minutes for %1").arg(part.title)
                        onValueModified: editor.setMinutes(part.index, value)
                    }
                    ActionButton {
                        text: qsTr("Up")
                        //: Read by a screen reader: moves a part earlier; %1 its title
                        Accessible.name: qsTr("Move %1 up").arg(part.title)
                        enabled: part.index > 0
                        onClicked: editor.moveUp(part.index)
                    }
                    ActionButton {
                        text: qsTr("Down")
                        //: Read by a screen reader: moves a part later; %1 its title
                        Accessible.name: qsTr("Move %1 down").arg(part.title)
                        enabled: part.index + 1 < editor.count
                        onClicked: editor.moveDown(part.index)
                    }
                    ActionButton {
                        text: qsTr("Remove")
                        //: Read by a screen reader: %1 the part's title
                        Accessible.name: qsTr("Remove %1").arg(part.title)
                        onClicked: editor.remove(part.index)
                    }
                }
            }
        }
    }

    // Adding parts.
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("Add a part")
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        ComboBox {
            id: choice

            objectName: "partChoice"
            Layout.fillWidth: true
            // Takes the room there is: a long title (Spanish, large text) must not push the page wider.
            Layout.minimumWidth: 0
            Layout.preferredWidth: 100
            model: editor.choices
            textRole: "label"
            valueRole: "code"
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("What to add")
        }
        ActionButton {
            objectName: "addPart"
            text: qsTr("Add")
            onClicked: editor.add(choice.currentValue)
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            height: fromYear.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("The timeline from")
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        SpinBox {
            id: fromYear

            objectName: "fromYear"
            from: editor.firstYear
            to: editor.lastYear
            value: editor.firstYear
            editable: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("First year of the timeline")
            textFromValue: (value, locale) => value.toString() // a year, not "2,012"
        }
        Label {
            height: fromYear.height
            verticalAlignment: Text.AlignVCenter
            //: Between the two years of a timeline range
            text: qsTr("to")
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        SpinBox {
            id: toYear

            objectName: "toYear"
            from: editor.firstYear
            to: editor.lastYear
            value: editor.lastYear
            editable: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Last year of the timeline")
            textFromValue: (value, locale) => value.toString()
        }
        ActionButton {
            objectName: "addTimeline"
            text: qsTr("Add these years")
            onClicked: editor.addTimeline(fromYear.value, toYear.value)
        }
    }

    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: editor.summary
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        spacing: Theme.gap
        ActionButton {
            objectName: "savePlaylist"
            highlighted: true
            text: qsTr("Save")
            enabled: editor.count > 0
            onClicked: editor.save()
        }
        ActionButton {
            objectName: "presentPlaylist"
            text: qsTr("Present")
            //: Read by a screen reader when Present is disabled: why
            Accessible.description: editor.isSaved ? "" : qsTr("Save the playlist first.")
            enabled: editor.isSaved
            onClicked: Navigation.present(editor.presentAddress)
        }
    }
    HandoutNotice {
        Layout.fillWidth: true
    }
    Label {
        objectName: "playlistMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: editor.message
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
