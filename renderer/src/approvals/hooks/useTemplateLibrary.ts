import { useMemo } from 'react';
import { map } from 'rxjs';
import { defaultEmailTemplateLibrary, emailTemplateLibrary, type EmailTemplate } from '../../../../core/emails';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** The template library (config 'email-template'/'library'), live; seed 000's defaults when none is saved. */
export function useTemplateLibrary(): readonly EmailTemplate[] {
  const { data } = useLeadCenter();
  const source = useMemo(
    () =>
      data.observeConfigKind<unknown>('email-template').pipe(
        map((docs) => {
          const saved = docs.find((doc) => doc.key === 'library');
          const parsed = saved ? emailTemplateLibrary.safeParse(saved.data) : null;
          return (parsed?.success ? parsed.data : defaultEmailTemplateLibrary).templates;
        }),
      ),
    [data],
  );
  return useObservable(source, defaultEmailTemplateLibrary.templates);
}

/** A template's name by id, for "origin: template …". */
export function useTemplateName(): (id: string) => string | null {
  const templates = useTemplateLibrary();
  return useMemo(() => {
    const names = new Map(templates.map((template) => [template.id, template.name]));
    return (id: string) => names.get(id) ?? null;
  }, [templates]);
}
