import { afterEach, describe, expect, it } from 'vitest';
import { defaultGroupSettings } from '../../../../core/settings/groupSettings';
import { defaultStageSettings } from '../../../../core/settings/stageSettings';
import { isDirty, sameSettings, useSettingsDraftStore } from './settingsDraftStore';

afterEach(() => useSettingsDraftStore.setState({ drafts: {} }));

describe('settings draft store', () => {
  it('keeps one draft per kind and forgets it on null', () => {
    const { setDraft } = useSettingsDraftStore.getState();
    setDraft('groups', { names: { untouched: 'New' }, custom: [] });
    setDraft('stages', defaultStageSettings);
    expect(useSettingsDraftStore.getState().drafts.groups?.names.untouched).toBe('New');
    setDraft('groups', null);
    expect(useSettingsDraftStore.getState().drafts.groups).toBeUndefined();
    expect(useSettingsDraftStore.getState().drafts.stages).toEqual(defaultStageSettings);
  });

  it('is dirty only when a draft differs from the saved value', () => {
    expect(isDirty({}, 'groups', defaultGroupSettings)).toBe(false);
    expect(isDirty({ groups: { names: {}, custom: [] } }, 'groups', defaultGroupSettings)).toBe(false);
    expect(isDirty({ groups: { names: { spam: 'Junk' }, custom: [] } }, 'groups', defaultGroupSettings)).toBe(true);
    expect(sameSettings([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
  });
});
