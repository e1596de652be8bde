#include "request/editors/fieldeditor.h"

namespace b24 {

FieldEditor::FieldEditor(const FieldSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(spec.name);
    setEnabled(!spec.readOnly);
}

} // namespace b24
