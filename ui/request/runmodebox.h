#pragma once

#include "ui/request/requesteditor.h"

#include <QComboBox>

namespace b24 {

// Single call / All pages / Batch, following the method: All pages is offered for lists only; a
// mode asked for that cannot apply shows Single call and comes back when a list is chosen again.
class RunModeBox : public QComboBox
{
    Q_OBJECT
public:
    explicit RunModeBox(QWidget *parent = nullptr);

    RequestEditor::RunMode mode() const;
    // What the user (or a reopened request) asks for; applied as far as `method` allows.
    void setWanted(RequestEditor::RunMode mode, const QString &method, ApiVersion api = ApiVersion::V2);
    // Under REST 3.0 *.tail pages too (MethodKind::isList with the API).
    void follow(const QString &method, ApiVersion api = ApiVersion::V2);

private:
    RequestEditor::RunMode m_wanted = RequestEditor::RunMode::Single;
};

} // namespace b24
