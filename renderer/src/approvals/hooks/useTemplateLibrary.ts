import { useMemo } from 'react';
import type { EmailTemplate } from '../../../../core/emails';
import { useTemplateLibrary as useSavedTemplateLibrary } from '../../settings/hooks/useTemplateLibrary';

/** The templates in force, live: the saved library, or seed 000's defaults when none is saved. */
export function useTemplateLibrary(): readonly EmailTemplate[] {
  return useSavedTemplateLibrary().value.templates;
}

/** A template's name by id, for "origin: template …". */
export function useTemplateName(): (id: string) => string | null {
  const templates = useTemplateLibrary();
  return useMemo(() => {
    const names = new Map(templates.map((template) => [template.id, template.name]));
    return (id: string) => names.get(id) ?? null;
  }, [templates]);
}
