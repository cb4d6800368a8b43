// The seed spec names two enums after what they hold; the full published spec generates them under its schemas' names.
// The aliases keep the first workflow's calls identical whichever spec the sample is built from.
#if ATLASGEN_FULL_SPEC
global using OrgRole = AtlasGen.Atlas.CreateAtlasOrganizationApiKeyRole;
global using ProjectLimitName = AtlasGen.Atlas.LimitName;
#endif
