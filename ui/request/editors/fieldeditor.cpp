#include "ui/request/editors/fieldeditor.h"

namespace b24 {

FieldEditor::FieldEditor(const FieldDescriptor &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(spec.name);
    setEnabled(!spec.isReadOnly);
}

} // namespace b24
